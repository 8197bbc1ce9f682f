package org.parley.web.ws;

import java.util.ArrayList;
import java.util.List;

import org.parley.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.parley.error.ParleyException;
import org.parley.presence.Presence;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/** Encoding and decoding of protocol version 1 (docs/websocket-protocol.md). */
final class Protocol {

    /** The protocol version this server speaks. */
    static final int VERSION = 1;

    /** The most users one watch message may name. */
    static final int MAX_WATCH = 500;

    /** A decoded client message. */
    sealed interface ClientMessage permits Watch, SetStatus, Activity, Ping, Chat {
    }

    record Watch(List<String> users) implements ClientMessage {
    }

    record SetStatus(String status, String message, String location, String timeZone) implements ClientMessage {
    }

    record Activity(boolean idle) implements ClientMessage {
    }

    record Ping(String id) implements ClientMessage {
    }

    /** A chat message (send, typing, read, sync), decoded further by {@link ChatProtocol}. */
    record Chat(String type, JsonObject json) implements ClientMessage {
    }

    private Protocol() {
    }

    /**
     * Decodes one client message.
     *
     * @throws ParleyException.Invalid when it is not a well-formed message of a known type
     */
    static ClientMessage decode(String text) {
        var message = TypedMessage.read(text);
        var o = message.json();
        var type = message.type();
        return switch (type) {
            case "watch" -> new Watch(users(o));
            case "status" -> new SetStatus(string(o, "status"), string(o, "message"), string(o, "location"),
                    string(o, "timeZone"));
            case "activity" -> new Activity(flag(o, "idle"));
            case "ping" -> new Ping(string(o, "id"));
            case "send", "typing", "read", "sync" -> new Chat(type, o);
            default -> throw new ParleyException.Invalid("Unknown message type '" + type + "'");
        };
    }

    private static List<String> users(JsonObject o) {
        var value = o.get("users");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ParleyException.Invalid("\"users\" must be an array of user ids");
        }
        var array = value.asJsonArray();
        if (array.size() > MAX_WATCH) {
            throw new ParleyException.Invalid("At most " + MAX_WATCH + " users per watch message");
        }
        var users = new ArrayList<String>(array.size());
        for (var v : array) {
            if (!(v instanceof JsonString s)) {
                throw new ParleyException.Invalid("\"users\" must be an array of user ids");
            }
            users.add(s.getString());
        }
        return List.copyOf(users);
    }

    private static boolean flag(JsonObject o, String name) {
        var v = o.get(name);
        if (v == null) {
            return false;
        }
        if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
            throw new ParleyException.Invalid("\"" + name + "\" must be true or false");
        }
        return v.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static String string(JsonObject o, String name) {
        var v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** The first message: the protocol, the caller, and how long the server waits for traffic before it closes. */
    static JsonObject hello(String user, int idleTimeoutSeconds) {
        return Jsons.createObjectBuilder().add("type", "hello").add("protocol", VERSION).add("user", user)
                .add("idleTimeoutSeconds", idleTimeoutSeconds).build();
    }

    static JsonObject presence(Presence p) {
        return Jsons.createObjectBuilder().add("type", "presence").add("user", p.user())
                .add("status", p.availability().wireName()).add("message", p.message())
                .add("location", p.location()).add("timeZone", p.timeZone())
                .add("since", p.since().toString()).add("revision", p.revision()).build();
    }

    static JsonObject pong(String id) {
        var b = Jsons.createObjectBuilder().add("type", "pong");
        return (id == null ? b : b.add("id", id)).build();
    }

    /** An error answer: the problem details under "problem" and, when known, the user concerned. */
    static JsonObject error(Problem p, String user) {
        var b = Jsons.createObjectBuilder().add("type", "error").add("problem", ProblemJson.toJson(p));
        return (user == null ? b : b.add("user", user)).build();
    }
}
