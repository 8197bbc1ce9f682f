package org.parley.presence.jms;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.parley.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceChange;

/**
 * The wire form of presence-topic messages: JSON text whose "kind" says what it carries, a batch
 * of presence changes in order ({@code {"kind":"presence","origin":…,"changes":[…]}}) or the
 * privacy change of an owner ({@code {"kind":"privacy","user":…}}).
 */
final class PresenceMessages {

    static final String KIND = "kind";
    static final String KIND_PRESENCE = "presence";
    static final String KIND_PRIVACY = "privacy";

    /** What a message carries, decoded. */
    sealed interface Decoded {
    }

    record Changes(List<PresenceChange> changes) implements Decoded {
    }

    record PrivacyChange(String owner) implements Decoded {
    }

    private PresenceMessages() {
    }

    static String write(List<PresenceChange> changes) {
        var array = Jsons.createArrayBuilder();
        for (var change : changes) {
            var p = change.presence();
            array.add(Jsons.createObjectBuilder().add("user", p.user()).add("availability", p.availability().name())
                    .add("message", p.message()).add("location", p.location()).add("timeZone", p.timeZone())
                    .add("since", p.since().toEpochMilli()).add("revision", p.revision())
                    .add("origin", change.origin()));
        }
        return Jsons.createObjectBuilder().add(KIND, KIND_PRESENCE).add("changes", array).build().toString();
    }

    static String writePrivacy(String owner) {
        return Jsons.createObjectBuilder().add(KIND, KIND_PRIVACY).add("user", owner).build().toString();
    }

    /**
     * Decodes a message.
     *
     * @throws IllegalArgumentException or a JSON exception when it is malformed
     */
    static Decoded read(String text) {
        JsonObject json;
        try (var reader = Jsons.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        return switch (json.getString(KIND)) {
            case KIND_PRIVACY -> new PrivacyChange(json.getString("user"));
            case KIND_PRESENCE -> new Changes(json.getJsonArray("changes").stream().map(PresenceMessages::change).toList());
            default -> throw new IllegalArgumentException("Unknown presence message kind " + json.getString(KIND));
        };
    }

    private static PresenceChange change(JsonValue value) {
        var o = value.asJsonObject();
        var presence = new Presence(o.getString("user"), Availability.valueOf(o.getString("availability")),
                o.getString("message"), o.getString("location"), o.getString("timeZone"),
                Instant.ofEpochMilli(o.getJsonNumber("since").longValue()), o.getJsonNumber("revision").longValue());
        return new PresenceChange(presence, o.getString("origin"));
    }
}
