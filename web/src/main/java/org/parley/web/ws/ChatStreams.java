package org.parley.web.ws;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import org.parley.chat.ChatJson;
import org.parley.chat.ChatMessage;
import org.parley.chat.HistoryPage;
import org.parley.chat.HistoryService;
import org.parley.chat.ReceiptService;
import org.parley.error.ParleyException;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/**
 * The chat messages of each connection: every message is sent at most once per connection and,
 * per conversation, in sequence order with no gap. Each connection remembers the last sequence
 * number it was sent per conversation; a live message that would leave a gap brings the missing
 * ones from the store first, one that was already sent is dropped. When a page limit stops the
 * catching up, the conversation waits for the client's next {@code sync} and the client is told
 * with a {@code synced} message whose {@code more} is true. A message written to a connection
 * counts as delivered to its user.
 * <p>Thread safety: the state of one connection is guarded by its own monitor, held while its
 * messages are read and queued, so the live path, connecting and sync never interleave on it.
 */
@ApplicationScoped
public class ChatStreams {

    /** The most messages sent when a connection opens, over all conversations. */
    static final int CONNECT_BUDGET = 200;

    /** The most messages one sync (or one gap) sends, over all its conversations. */
    static final int SYNC_BUDGET = HistoryService.MAX_PAGE;

    /** One connection's progress per conversation. */
    private static final class Stream {
        final Map<String, Long> sentUpTo = new HashMap<>();
        final Set<String> waiting = new HashSet<>();
    }

    private final Map<String, Stream> streams = new ConcurrentHashMap<>();

    @EJB
    HistoryService history;

    @EJB
    ReceiptService receipts;

    /** A connection opened: it gets what no connection of its user received yet. */
    void opened(Connections.Client client) {
        var stream = new Stream();
        synchronized (stream) {
            streams.put(client.session().getId(), stream);
            receipts.flushDelivered(client.user());
            var stopped = new LinkedHashMap<String, ChatProtocol.Synced>();
            for (var backlog : history.backlog(client.user(), CONNECT_BUDGET)) {
                stream.sentUpTo.put(backlog.conversationId(), backlog.deliveredSeq());
                backlog.messages().forEach(m -> push(client, stream, m));
                if (backlog.more()) {
                    stream.waiting.add(backlog.conversationId());
                    stopped.put(backlog.conversationId(),
                            new ChatProtocol.Synced(stream.sentUpTo.get(backlog.conversationId()), true));
                }
            }
            if (!stopped.isEmpty()) {
                client.outbox().send(ChatProtocol.synced(stopped).toString());
            }
        }
    }

    void closed(Connections.Client client) {
        streams.remove(client.session().getId());
    }

    /** A message event reached this server for a member with this connection. */
    void live(Connections.Client client, JsonObject event) {
        var stream = streams.get(client.session().getId());
        if (stream == null) {
            return;
        }
        var conversation = event.getString("conversation");
        long seq = event.getJsonNumber("seq").longValue();
        synchronized (stream) {
            var last = stream.sentUpTo.get(conversation);
            if (stream.waiting.contains(conversation) || (last != null && seq <= last)) {
                return;
            }
            if (last == null || seq == last + 1) {
                stream.sentUpTo.put(conversation, seq);
                client.outbox().send(ChatProtocol.event(ChatJson.MESSAGE, event).toString(),
                        delivered(client, conversation, event.getString("sender"), seq));
                return;
            }
            var gap = catchUp(client, stream, Map.of(conversation, last));
            if (gap.get(conversation).more()) {
                client.outbox().send(ChatProtocol.synced(gap).toString());
            }
        }
    }

    /** The client's sync: it has the messages up to the given sequence numbers. */
    void sync(Connections.Client client, Map<String, Long> has) {
        var stream = streams.get(client.session().getId());
        if (stream == null) {
            return;
        }
        synchronized (stream) {
            var from = new LinkedHashMap<String, Long>();
            has.forEach((c, seq) -> from.put(c, Math.max(seq, stream.sentUpTo.getOrDefault(c, seq))));
            client.outbox().send(ChatProtocol.synced(catchUp(client, stream, from)).toString());
        }
    }

    /** Sends each conversation's messages after the given sequence numbers, within the budget. */
    private Map<String, ChatProtocol.Synced> catchUp(Connections.Client client, Stream stream, Map<String, Long> from) {
        var result = new LinkedHashMap<String, ChatProtocol.Synced>();
        int left = SYNC_BUDGET;
        for (var e : from.entrySet()) {
            var conversation = e.getKey();
            stream.sentUpTo.put(conversation, e.getValue());
            if (left == 0) {
                stream.waiting.add(conversation);
                result.put(conversation, new ChatProtocol.Synced(e.getValue(), true));
                continue;
            }
            HistoryPage page;
            try {
                page = history.after(client.user(), conversation, e.getValue(), left);
            } catch (ParleyException refused) {
                stream.sentUpTo.remove(conversation);
                var problem = Problem.of(refused);
                ProblemJson.log(problem, null);
                client.outbox().send(ChatProtocol.error(problem, conversation, null).toString());
                continue;
            }
            page.messages().forEach(m -> push(client, stream, m));
            left -= page.messages().size();
            if (page.more()) {
                stream.waiting.add(conversation);
            } else {
                stream.waiting.remove(conversation);
            }
            result.put(conversation, new ChatProtocol.Synced(stream.sentUpTo.get(conversation), page.more()));
        }
        return result;
    }

    private void push(Connections.Client client, Stream stream, ChatMessage m) {
        stream.sentUpTo.put(m.conversationId(), m.seq());
        client.outbox().send(ChatProtocol.event(ChatJson.MESSAGE, ChatJson.message(m)).toString(),
                delivered(client, m.conversationId(), m.sender(), m.seq()));
    }

    private Runnable delivered(Connections.Client client, String conversation, String sender, long seq) {
        return client.user().equals(sender) ? null : () -> receipts.delivered(client.user(), conversation, seq);
    }
}
