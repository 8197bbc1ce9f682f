package org.parley.web.meet;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.parley.error.ParleyException;
import org.parley.meetings.Permission;
import org.parley.meetings.Role;
import org.parley.meetings.RoomCommand;
import org.parley.meetings.Shape;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;
import org.parley.web.ws.TypedMessage;

/** Decoding of the meeting room protocol's client messages (docs/meetings-protocol.md). */
final class RoomProtocol {

    /** A decoded client message: joining, a ping, or a command for the room. */
    sealed interface Message permits Join, Ping, Command {
    }

    record Join(String name, String password) implements Message {
    }

    record Ping(String id) implements Message {
    }

    /** A command for the room, decoded further by {@link #command(Command)} once its type is known. */
    record Command(String type, JsonObject json) implements Message {
    }

    private RoomProtocol() {
    }

    /** @throws ParleyException.Invalid when it is not a well-formed message of a known type */
    static Message decode(String text) {
        var message = TypedMessage.read(text);
        var o = message.json();
        var type = message.type();
        if ("join".equals(type)) {
            return new Join(string(o, "name"), string(o, "password"));
        }
        if ("ping".equals(type)) {
            return new Ping(string(o, "id"));
        }
        return new Command(type, o);
    }

    /** @throws ParleyException.Invalid when the command's fields are missing or malformed */
    static RoomCommand command(Command message) {
        var o = message.json();
        return switch (message.type()) {
            case "chat" -> new RoomCommand.Chat(string(o, "text"));
            case "hand" -> new RoomCommand.Hand(flag(o, "raised"));
            case "page" -> new RoomCommand.Page(string(o, "deck"), integer(o, "page"));
            case "url" -> new RoomCommand.PushUrl(string(o, "url"));
            case "stroke" -> new RoomCommand.Stroke(new Shape(string(o, "kind"), integers(o, "points"),
                    string(o, "color"), integer(o, "width"), string(o, "text")));
            case "undo" -> new RoomCommand.Undo();
            case "clear" -> new RoomCommand.Clear();
            case "create-poll" -> new RoomCommand.CreatePoll(string(o, "question"), strings(o, "options"));
            case "vote" -> new RoomCommand.Vote(string(o, "poll"), integer(o, "option"));
            case "close-poll" -> new RoomCommand.ClosePoll(string(o, "poll"));
            case "role" -> new RoomCommand.SetRole(string(o, "participant"), Role.fromWire(string(o, "role")));
            case "grant" -> new RoomCommand.Grant(string(o, "participant"),
                    Permission.fromWire(string(o, "permission")), flag(o, "allowed"));
            case "remove" -> new RoomCommand.Remove(string(o, "participant"));
            case "admit" -> new RoomCommand.Admit(string(o, "participant"), !o.containsKey("admitted") || flag(o, "admitted"));
            case "lock" -> new RoomCommand.Lock(flag(o, "locked"));
            case "end" -> new RoomCommand.End();
            case "record" -> new RoomCommand.Record(flag(o, "on"));
            case "mute" -> new RoomCommand.Mute(string(o, "participant"), flag(o, "muted"));
            case "mute-all" -> new RoomCommand.MuteAll();
            case "share" -> new RoomCommand.Share(flag(o, "on"));
            case "signal" -> new RoomCommand.Signal(string(o, "to"), string(o, "kind"), string(o, "data"));
            default -> throw new ParleyException.Invalid("Unknown message type '" + message.type() + "'");
        };
    }

    private static String string(JsonObject o, String name) {
        var v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new ParleyException.Invalid("\"" + name + "\" must be a string");
    }

    private static boolean flag(JsonObject o, String name) {
        var v = o.get(name);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw new ParleyException.Invalid("\"" + name + "\" must be true or false");
    }

    private static int integer(JsonObject o, String name) {
        var v = o.get(name);
        if (v instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 32) {
            return n.intValue();
        }
        throw new ParleyException.Invalid("\"" + name + "\" must be a whole number");
    }

    private static List<Integer> integers(JsonObject o, String name) {
        var v = o.get(name);
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY || v.asJsonArray().size() > 2 * Shape.MAX_POINTS) {
            throw new ParleyException.Invalid("\"" + name + "\" must be an array of at most "
                    + 2 * Shape.MAX_POINTS + " whole numbers");
        }
        var out = new ArrayList<Integer>();
        for (var item : v.asJsonArray()) {
            if (!(item instanceof JsonNumber n) || !n.isIntegral() || n.bigIntegerValue().bitLength() >= 32) {
                throw new ParleyException.Invalid("\"" + name + "\" must hold whole numbers");
            }
            out.add(n.intValue());
        }
        return out;
    }

    private static List<String> strings(JsonObject o, String name) {
        var v = o.get(name);
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY || v.asJsonArray().size() > 50) {
            throw new ParleyException.Invalid("\"" + name + "\" must be an array of strings");
        }
        var out = new ArrayList<String>();
        for (var item : v.asJsonArray()) {
            if (!(item instanceof JsonString s)) {
                throw new ParleyException.Invalid("\"" + name + "\" must hold strings");
            }
            out.add(s.getString());
        }
        return out;
    }

    static String pong(String id) {
        var b = Json.createObjectBuilder().add("type", "pong");
        return (id == null ? b : b.add("id", id)).build().toString();
    }

    /** An error answer naming the message type it answers. */
    static String error(Problem p, String about) {
        var b = Json.createObjectBuilder().add("type", "error").add("problem", ProblemJson.toJson(p));
        return (about == null ? b : b.add("about", about)).build().toString();
    }

    /**
     * The room's state as sent: with {@code pingSeconds}, how often the client should ping so
     * that the server's idle timeout does not end a quiet connection.
     */
    static String state(JsonObject state, int idleTimeoutSeconds) {
        return Json.createObjectBuilder(state).add("pingSeconds", Math.max(1, idleTimeoutSeconds / 3)).build().toString();
    }

    static String waiting(String participant) {
        return Json.createObjectBuilder().add("type", "waiting").add("participant", participant).build().toString();
    }
}
