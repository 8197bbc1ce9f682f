package org.parley.meetings.jms;

import java.io.StringReader;
import java.time.Instant;
import java.util.HashSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.parley.meetings.MeetingEvent;

/** The wire form of a meetings-topic message: {"meeting", "seq", "at", "type", "by", "to": [...], "body": {...}}. */
final class MeetingEventJson {

    private MeetingEventJson() {
    }

    static String write(MeetingEvent e) {
        var to = Json.createArrayBuilder();
        e.to().forEach(to::add);
        return Json.createObjectBuilder().add("meeting", e.meeting()).add("seq", e.seq()).add("at", e.at().toString())
                .add("type", e.type()).add("by", e.by()).add("to", to).add("body", e.body()).build().toString();
    }

    /**
     * Reads a message written by {@link #write}.
     *
     * @throws jakarta.json.JsonException or ClassCastException or NullPointerException or
     *     java.time.format.DateTimeParseException when malformed
     */
    static MeetingEvent read(String text) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(text))) {
            o = reader.readObject();
        }
        var to = new HashSet<String>();
        o.getJsonArray("to").getValuesAs(JsonString.class).forEach(s -> to.add(s.getString()));
        return new MeetingEvent(o.getString("meeting"), o.getJsonNumber("seq").longValue(),
                Instant.parse(o.getString("at")), o.getString("type"), o.getString("by"), o.getJsonObject("body"), to);
    }
}
