package org.parley.web.ws;

import java.io.StringReader;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.parley.error.ParleyException;
import org.parley.json.Jsons;

/**
 * The opening every Parley WebSocket protocol shares: a client message is one JSON object with a
 * string {@code type}. Each protocol decodes the rest by that type.
 *
 * @param type the message's type
 * @param json the whole message
 */
public record TypedMessage(String type, JsonObject json) {

    /**
     * Reads one client message.
     *
     * @throws ParleyException.Invalid when it is not a JSON object or has no string {@code type}
     */
    public static TypedMessage read(String text) {
        JsonObject o;
        try (var reader = Jsons.createReader(new StringReader(text))) {
            o = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ParleyException.Invalid("The message is not a JSON object");
        }
        if (!(o.get("type") instanceof JsonString type)) {
            throw new ParleyException.Invalid("The message has no \"type\"");
        }
        return new TypedMessage(type.getString(), o);
    }
}
