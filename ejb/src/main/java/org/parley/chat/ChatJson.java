package org.parley.chat;

import java.util.Collection;
import java.util.TreeSet;

import org.parley.json.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * The JSON shapes of chat values, the same in REST answers and in the bodies of user events
 * (docs/websocket-protocol.md, docs/chat.md).
 */
public final class ChatJson {

    /** User event types of chat. */
    public static final String MESSAGE = "message";
    public static final String TYPING = "typing";
    public static final String RECEIPT = "receipt";
    public static final String MEMBERSHIP = "membership";
    public static final String ANNOUNCEMENT = "announcement";

    private ChatJson() {
    }

    public static JsonObject message(ChatMessage m) {
        var b = Jsons.createObjectBuilder().add("conversation", m.conversationId()).add("id", m.id())
                .add("seq", m.seq()).add("sender", m.sender()).add("sent", m.sent().toString())
                .add("html", m.html()).add("text", m.text());
        if (!m.clientId().isEmpty()) {
            b.add("clientId", m.clientId());
        }
        if (m.file() != null) {
            var f = m.file();
            b.add("file", Jsons.createObjectBuilder().add("id", f.id()).add("name", f.name())
                    .add("type", f.mediaType()).add("size", f.size()));
        }
        return b.build();
    }

    public static JsonObject conversation(ConversationView v) {
        var c = v.conversation();
        var b = Jsons.createObjectBuilder().add("id", c.id()).add("kind", c.kind().wireName()).add("title", c.title())
                .add("createdBy", c.createdBy()).add("created", c.created().toString()).add("lastSeq", c.lastSeq())
                .add("members", users(v.members())).add("deliveredSeq", v.deliveredSeq()).add("readSeq", v.readSeq());
        if (c.hasOrigin()) {
            b.add("origin", Jsons.createObjectBuilder().add("conversation", c.originId()).add("upTo", c.originSeq()));
        }
        return b.build();
    }

    public static JsonObject announcement(Announcement a) {
        var b = Jsons.createObjectBuilder().add("id", a.id()).add("author", a.author()).add("html", a.html())
                .add("text", a.text()).add("sent", a.sent().toString());
        return (a.group().isEmpty() ? b.addNull("group") : b.add("group", a.group())).build();
    }

    public static JsonObject typing(String conversationId, String user, boolean typing) {
        return Jsons.createObjectBuilder().add("conversation", conversationId).add("user", user)
                .add("typing", typing).build();
    }

    /** A receipt: kind "delivered" or "read", up to the sequence number. */
    public static JsonObject receipt(String conversationId, String user, String kind, long seq) {
        return Jsons.createObjectBuilder().add("conversation", conversationId).add("user", user).add("kind", kind)
                .add("seq", seq).build();
    }

    /** A membership change: action "created", "invited" or "left". */
    public static JsonObject membership(ConversationView v, String action, String by, Collection<String> users) {
        return Jsons.createObjectBuilder().add("conversation", v.conversation().id()).add("action", action)
                .add("by", by).add("users", users(users)).add("title", v.conversation().title())
                .add("members", users(v.members())).build();
    }

    private static JsonArrayBuilder users(Collection<String> users) {
        var a = Jsons.createArrayBuilder();
        new TreeSet<>(users).forEach(a::add);
        return a;
    }
}
