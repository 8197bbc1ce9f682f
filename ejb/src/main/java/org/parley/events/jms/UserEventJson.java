package org.parley.events.jms;

import java.io.StringReader;
import java.util.HashSet;

import org.parley.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.parley.events.UserEvent;

/** The wire form of an events-topic message: {"recipients": [...], "type": ..., "body": {...}}. */
final class UserEventJson {

    private UserEventJson() {
    }

    static String write(UserEvent event) {
        var recipients = Jsons.createArrayBuilder();
        event.recipients().forEach(recipients::add);
        return Jsons.createObjectBuilder().add("recipients", recipients).add("type", event.type())
                .add("body", event.body()).build().toString();
    }

    /**
     * Reads a message written by {@link #write}.
     *
     * @throws jakarta.json.JsonException or ClassCastException or NullPointerException when malformed
     */
    static UserEvent read(String text) {
        JsonObject o;
        try (var reader = Jsons.createReader(new StringReader(text))) {
            o = reader.readObject();
        }
        var recipients = new HashSet<String>();
        o.getJsonArray("recipients").getValuesAs(JsonString.class).forEach(s -> recipients.add(s.getString()));
        return new UserEvent(recipients, o.getString("type"), o.getJsonObject("body"));
    }
}
