package org.parley.chat.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.chat.ChatJson;
import org.parley.chat.Conversation;
import org.parley.chat.ConversationKind;
import org.parley.chat.ConversationService;
import org.parley.chat.ConversationStore;
import org.parley.chat.ConversationView;
import org.parley.error.ParleyException;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;

/**
 * Conversations and their members; every membership change is an event to the members. A change
 * locks the conversation row and reads the members before it touches a member row (see
 * {@link MessageAppender} on lock order).
 */
@Stateless
@Local(ConversationService.class)
public class ConversationServiceBean implements ConversationService {

    /** The longest group title. */
    static final int MAX_TITLE = 200;

    /** The most members a group chat may have. */
    static final int MAX_MEMBERS = 500;

    @Inject
    ConversationStore conversations;

    @EJB
    ChatAccess access;

    @EJB
    DirectConversations directs;

    @EJB
    People people;

    @Inject
    UserEventBus bus;

    @Override
    public ConversationView direct(String caller, String partner) {
        return view(directs.open(caller, partner).id(), caller);
    }

    @Override
    public ConversationView createGroup(String caller, String title, Set<String> members, String originId) {
        var cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE || cleanTitle.chars().anyMatch(Character::isISOControl)) {
            throw new ParleyException.Invalid("A group chat needs a title of 1 to " + MAX_TITLE + " printable characters");
        }
        var everyone = new TreeSet<>(people.existing(members == null ? Set.of() : members));
        everyone.add(caller);
        if (everyone.size() > MAX_MEMBERS) {
            throw new ParleyException.Invalid("A group chat has at most " + MAX_MEMBERS + " members");
        }
        String origin = "";
        long originSeq = 0;
        if (originId != null && !originId.isBlank()) {
            var from = access.requireMember(caller, originId);
            origin = from.id();
            originSeq = from.lastSeq();
        }
        var id = "g-" + UUID.randomUUID();
        conversations.create(new Conversation(id, ConversationKind.GROUP, cleanTitle, caller, Instant.now(), 0,
                origin, originSeq), everyone);
        var view = view(id, caller);
        announce(view, "created", caller, everyone);
        return view;
    }

    @Override
    public ConversationView invite(String caller, String conversationId, Set<String> users) {
        var conversation = group(caller, conversationId);
        var named = people.existing(users == null ? Set.of() : users);
        conversations.lock(conversation.id());
        var before = view(conversation.id(), caller);
        var added = new TreeSet<>(named);
        added.removeAll(before.members());
        if (before.members().size() + added.size() > MAX_MEMBERS) {
            throw new ParleyException.Invalid("A group chat has at most " + MAX_MEMBERS + " members");
        }
        var everyone = new TreeSet<>(before.members());
        everyone.addAll(added);
        conversations.addMembers(conversation.id(), added);
        var after = new ConversationView(before.conversation(), everyone, before.deliveredSeq(), before.readSeq());
        if (!added.isEmpty()) {
            announce(after, "invited", caller, added);
        }
        return after;
    }

    @Override
    public void leave(String caller, String conversationId) {
        var conversation = group(caller, conversationId);
        conversations.lock(conversation.id());
        var before = view(conversation.id(), caller);
        var remaining = new TreeSet<>(before.members());
        remaining.remove(caller);
        conversations.removeMember(conversation.id(), caller);
        var after = new ConversationView(before.conversation(), remaining, 0, 0);
        var told = new TreeSet<>(remaining);
        told.add(caller);
        bus.publish(new UserEvent(told, ChatJson.MEMBERSHIP, ChatJson.membership(after, "left", caller, Set.of(caller))));
    }

    @Override
    public List<ConversationView> list(String caller) {
        return conversations.ofUser(caller);
    }

    @Override
    public ConversationView get(String caller, String conversationId) {
        return view(access.requireMember(caller, conversationId).id(), caller);
    }

    private Conversation group(String caller, String conversationId) {
        var conversation = access.requireMember(caller, conversationId);
        if (conversation.kind() != ConversationKind.GROUP) {
            throw new ParleyException.Invalid("Only group chats take invitations and let members leave;"
                    + " escalate a one-to-one conversation to a group instead");
        }
        return conversation;
    }

    private ConversationView view(String id, String caller) {
        return conversations.view(id, caller).orElseThrow(() -> new ParleyException.NotFound("No conversation " + id));
    }

    private void announce(ConversationView view, String action, String by, Set<String> users) {
        bus.publish(new UserEvent(view.members(), ChatJson.MEMBERSHIP, ChatJson.membership(view, action, by, users)));
    }
}
