package org.parley.chat.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.chat.Backlog;
import org.parley.chat.ChatMessage;
import org.parley.chat.Conversation;
import org.parley.chat.ConversationStore;
import org.parley.chat.ConversationView;
import org.parley.chat.MessageStore;

/** In-memory conversation and message stores for unit tests; like the database, a sequence number is unique per conversation. */
final class InMemoryChatStores {

    /** A member's marks. */
    static final class Marks {
        long delivered;
        long read;
    }

    final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    final Map<String, Map<String, Marks>> members = new ConcurrentHashMap<>();
    final Map<String, TreeMap<Long, ChatMessage>> messages = new ConcurrentHashMap<>();

    final ConversationStore conversationStore = new ConversationStore() {
        @Override public Optional<Conversation> find(String id) { return Optional.ofNullable(conversations.get(id)); }
        @Override public Optional<Conversation> lock(String id) { return find(id); }
        @Override public void create(Conversation c, Set<String> users) {
            if (conversations.putIfAbsent(c.id(), c) != null) {
                throw new IllegalStateException("duplicate key " + c.id());
            }
            var marks = new HashMap<String, Marks>();
            users.forEach(u -> marks.put(u, new Marks()));
            members.put(c.id(), marks);
        }
        @Override public void setLastSeq(String id, long seq) { conversations.computeIfPresent(id, (k, c) -> c.withLastSeq(seq)); }
        @Override public Set<String> members(String id) { return Set.copyOf(members.getOrDefault(id, Map.of()).keySet()); }
        @Override public boolean isMember(String id, String user) { return members(id).contains(user); }
        @Override public void addMembers(String id, Set<String> users) { users.forEach(u -> members.get(id).putIfAbsent(u, new Marks())); }
        @Override public boolean removeMember(String id, String user) { return members.get(id).remove(user) != null; }
        @Override public List<ConversationView> ofUser(String user) {
            return conversations.keySet().stream().map(id -> view(id, user)).flatMap(Optional::stream).toList();
        }
        @Override public Optional<ConversationView> view(String id, String user) {
            var m = members.getOrDefault(id, Map.of()).get(user);
            return m == null ? Optional.empty()
                    : Optional.of(new ConversationView(conversations.get(id), members(id), m.delivered, m.read));
        }
        @Override public List<Backlog> undelivered(String user) {
            var result = new ArrayList<Backlog>();
            members.forEach((id, marks) -> {
                var m = marks.get(user);
                if (m != null && conversations.get(id).lastSeq() > m.delivered) {
                    result.add(new Backlog(id, m.delivered, List.of(), false));
                }
            });
            return result;
        }
        @Override public boolean advanceDelivered(String id, String user, long seq) {
            var m = members.get(id).get(user);
            if (m == null || m.delivered >= seq) {
                return false;
            }
            m.delivered = seq;
            return true;
        }
        @Override public boolean advanceRead(String id, String user, long seq) {
            var m = members.get(id).get(user);
            if (m == null || m.read >= seq) {
                return false;
            }
            m.read = seq;
            m.delivered = Math.max(m.delivered, seq);
            return true;
        }
    };

    final MessageStore messageStore = new MessageStore() {
        @Override public void add(ChatMessage m) {
            if (messages.computeIfAbsent(m.conversationId(), k -> new TreeMap<>()).putIfAbsent(m.seq(), m) != null) {
                throw new IllegalStateException("duplicate sequence number " + m.seq());
            }
        }
        @Override public Optional<ChatMessage> byClientId(String c, String sender, String clientId) {
            return of(c).stream().filter(m -> m.sender().equals(sender) && m.clientId().equals(clientId)).findFirst();
        }
        @Override public List<ChatMessage> before(String c, long beforeSeq, int limit) {
            return of(c).stream().filter(m -> m.seq() < beforeSeq).sorted(Comparator.comparingLong(ChatMessage::seq).reversed())
                    .limit(limit).toList();
        }
        @Override public List<ChatMessage> after(String c, long afterSeq, int limit) {
            return of(c).stream().filter(m -> m.seq() > afterSeq).limit(limit).toList();
        }
        @Override public List<ChatMessage> search(String user, String needle, int limit) {
            return messages.values().stream().flatMap(t -> t.values().stream())
                    .filter(m -> members.get(m.conversationId()).containsKey(user) && m.text().toLowerCase().contains(needle))
                    .limit(limit).toList();
        }
        @Override public Optional<ChatMessage> withFile(String c, String fileId) {
            return of(c).stream().filter(m -> m.file() != null && m.file().id().equals(fileId)).findFirst();
        }
        @Override public List<ChatMessage> purge(Instant cutoff, int batch) {
            var gone = messages.values().stream().flatMap(t -> t.values().stream()).filter(m -> m.sent().isBefore(cutoff))
                    .limit(batch).toList();
            gone.forEach(m -> messages.get(m.conversationId()).remove(m.seq()));
            return gone;
        }
        private List<ChatMessage> of(String c) {
            return List.copyOf(messages.getOrDefault(c, new TreeMap<>()).values());
        }
    };
}
