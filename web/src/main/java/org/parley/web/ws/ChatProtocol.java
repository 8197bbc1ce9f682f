package org.parley.web.ws;

import java.util.LinkedHashMap;
import java.util.Map;

import org.parley.json.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.parley.chat.Sent;
import org.parley.error.ParleyException;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/** Decoding and encoding of the chat part of protocol version 1 (docs/websocket-protocol.md, "Chat"). */
final class ChatProtocol {

    /** The most conversations one sync may name. */
    static final int MAX_SYNC = 500;

    /** A decoded chat command. */
    sealed interface ChatCommand permits Send, Typing, Read, Sync {
    }

    record Send(String conversation, String to, String body, String format, String clientId) implements ChatCommand {
    }

    record Typing(String conversation, boolean typing) implements ChatCommand {
    }

    record Read(String conversation, long seq) implements ChatCommand {
    }

    record Sync(Map<String, Long> conversations) implements ChatCommand {
    }

    /** How far a sync went in one conversation. */
    record Synced(long lastSeq, boolean more) {
    }

    private ChatProtocol() {
    }

    /**
     * Decodes a chat command.
     *
     * @throws ParleyException.Invalid when a field is missing or of the wrong type
     */
    static ChatCommand decode(Protocol.Chat message) {
        var o = message.json();
        return switch (message.type()) {
            case "send" -> new Send(string(o, "conversation"), string(o, "to"), string(o, "body"),
                    string(o, "format"), string(o, "clientId"));
            case "typing" -> new Typing(required(o, "conversation"), !o.containsKey("typing")
                    || o.get("typing") == JsonValue.TRUE);
            case "read" -> new Read(required(o, "conversation"), number(o, "seq"));
            case "sync" -> new Sync(conversations(o));
            default -> throw new ParleyException.Invalid("Unknown message type '" + message.type() + "'");
        };
    }

    private static Map<String, Long> conversations(JsonObject o) {
        var value = o.get("conversations");
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ParleyException.Invalid("\"conversations\" must be an object of conversation id to last sequence number");
        }
        var map = value.asJsonObject();
        if (map.size() > MAX_SYNC) {
            throw new ParleyException.Invalid("At most " + MAX_SYNC + " conversations per sync");
        }
        var result = new LinkedHashMap<String, Long>();
        map.forEach((id, seq) -> {
            if (!(seq instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0) {
                throw new ParleyException.Invalid("The last sequence number of " + id + " must be a whole number of 0 or more");
            }
            result.put(id, n.longValue());
        });
        return result;
    }

    private static String required(JsonObject o, String name) {
        var s = string(o, name);
        if (s == null) {
            throw new ParleyException.Invalid("\"" + name + "\" is required");
        }
        return s;
    }

    private static long number(JsonObject o, String name) {
        if (!(o.get(name) instanceof JsonNumber n) || !n.isIntegral()) {
            throw new ParleyException.Invalid("\"" + name + "\" must be a whole number");
        }
        return n.longValue();
    }

    private static String string(JsonObject o, String name) {
        var v = o.get(name);
        if (v != null && v.getValueType() != JsonValue.ValueType.NULL && !(v instanceof JsonString)) {
            throw new ParleyException.Invalid("\"" + name + "\" must be a string");
        }
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** A user event as the client sees it: its body with its type. */
    static JsonObject event(String type, JsonObject body) {
        return Jsons.createObjectBuilder(body).add("type", type).build();
    }

    /** The answer to a send. */
    static JsonObject sent(Sent s) {
        var m = s.message();
        var b = Jsons.createObjectBuilder().add("type", "sent").add("conversation", m.conversationId())
                .add("id", m.id()).add("seq", m.seq()).add("sent", m.sent().toString()).add("duplicate", s.duplicate());
        return (m.clientId().isEmpty() ? b : b.add("clientId", m.clientId())).build();
    }

    /** Where a sync (or the catching up after connecting) stopped, per conversation. */
    static JsonObject synced(Map<String, Synced> conversations) {
        var c = Jsons.createObjectBuilder();
        boolean more = false;
        for (var e : conversations.entrySet()) {
            c.add(e.getKey(), Jsons.createObjectBuilder().add("lastSeq", e.getValue().lastSeq())
                    .add("more", e.getValue().more()));
            more |= e.getValue().more();
        }
        return Jsons.createObjectBuilder().add("type", "synced").add("conversations", c).add("more", more).build();
    }

    /** An error about a chat command, naming its conversation and client id when known. */
    static JsonObject error(Problem p, String conversation, String clientId) {
        var b = Jsons.createObjectBuilder().add("type", "error").add("problem", ProblemJson.toJson(p));
        if (conversation != null) {
            b.add("conversation", conversation);
        }
        if (clientId != null) {
            b.add("clientId", clientId);
        }
        return b.build();
    }
}
