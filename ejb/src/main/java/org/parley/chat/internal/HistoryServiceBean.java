package org.parley.chat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.chat.Backlog;
import org.parley.chat.ChatMessage;
import org.parley.chat.ConversationStore;
import org.parley.chat.HistoryPage;
import org.parley.chat.HistoryService;
import org.parley.chat.MessageStore;
import org.parley.error.ParleyException;

/** Reading history, members only; each page asks for one more message than it gives to know if more remain. */
@Stateless
@Local(HistoryService.class)
public class HistoryServiceBean implements HistoryService {

    /** The shortest search text. */
    static final int MIN_QUERY = 2;

    /** The longest search text. */
    static final int MAX_QUERY = 200;

    @Inject
    MessageStore messages;

    @Inject
    ConversationStore conversations;

    @EJB
    ChatAccess access;

    @Override
    public HistoryPage before(String caller, String conversationId, long beforeSeq, int limit) {
        var conversation = access.requireMember(caller, conversationId);
        return page(messages.before(conversation.id(), beforeSeq <= 0 ? Long.MAX_VALUE : beforeSeq, checked(limit) + 1),
                limit);
    }

    @Override
    public HistoryPage context(String caller, String conversationId, long beforeSeq, int limit) {
        var group = access.requireMember(caller, conversationId);
        if (!group.hasOrigin()) {
            return new HistoryPage(List.of(), false);
        }
        long upTo = group.originSeq() + 1;
        long before = beforeSeq <= 0 ? upTo : Math.min(beforeSeq, upTo);
        return page(messages.before(group.originId(), before, checked(limit) + 1), limit);
    }

    @Override
    public HistoryPage after(String caller, String conversationId, long afterSeq, int limit) {
        var conversation = access.requireMember(caller, conversationId);
        return page(messages.after(conversation.id(), Math.max(0, afterSeq), checked(limit) + 1), limit);
    }

    @Override
    public List<Backlog> backlog(String user, int budget) {
        var result = new ArrayList<Backlog>();
        int left = Math.max(1, budget);
        for (var behind : conversations.undelivered(user)) {
            if (left <= 0) {
                result.add(new Backlog(behind.conversationId(), behind.deliveredSeq(), List.of(), true));
                continue;
            }
            var found = messages.after(behind.conversationId(), behind.deliveredSeq(), Math.min(left, MAX_PAGE) + 1);
            boolean more = found.size() > Math.min(left, MAX_PAGE);
            var given = more ? found.subList(0, Math.min(left, MAX_PAGE)) : found;
            left -= given.size();
            result.add(new Backlog(behind.conversationId(), behind.deliveredSeq(), given, more));
        }
        return result;
    }

    @Override
    public List<ChatMessage> search(String caller, String query, int limit) {
        var needle = query == null ? "" : query.strip();
        if (needle.length() < MIN_QUERY || needle.length() > MAX_QUERY) {
            throw new ParleyException.Invalid("Search for " + MIN_QUERY + " to " + MAX_QUERY + " characters");
        }
        return messages.search(caller, needle.toLowerCase(Locale.ROOT), checked(limit));
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ParleyException.Invalid("A page holds 1 to " + MAX_PAGE + " messages");
        }
        return limit;
    }

    private static HistoryPage page(List<ChatMessage> found, int limit) {
        boolean more = found.size() > limit;
        return new HistoryPage(more ? found.subList(0, limit) : found, more);
    }
}
