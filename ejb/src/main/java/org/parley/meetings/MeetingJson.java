package org.parley.meetings;

import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The JSON forms of meetings and room events that clients receive (docs/meetings-protocol.md). */
public final class MeetingJson {

    /** Events whose author is not shown to others (votes are secret; the counts are not). */
    private static final Set<String> ANONYMOUS = Set.of("poll-results");

    private MeetingJson() {
    }

    /** An event as clients receive it: {"type", "seq", "at", "by", ...body}. */
    public static JsonObject wire(MeetingEvent e) {
        var b = Json.createObjectBuilder().add("type", e.type()).add("seq", e.seq()).add("at", e.at().toString());
        if (!e.by().isEmpty() && !ANONYMOUS.contains(e.type())) {
            b.add("by", e.by());
        }
        e.body().forEach(b::add);
        return b.build();
    }

    /** The meeting's description, as every participant may see it. */
    public static JsonObjectBuilder meeting(Meeting m) {
        return Json.createObjectBuilder().add("id", m.id()).add("kind", m.kind().name().toLowerCase())
                .add("title", m.title()).add("owner", m.owner()).add("startsAt", m.startsAt().toString())
                .add("durationMinutes", m.durationMinutes()).add("room", m.roomPath())
                .add("passwordRequired", m.hasPassword()).add("created", m.created().toString())
                .add("ended", m.ended() == null ? "" : m.ended().toString());
    }

    /**
     * The room's view of its conference call: {"version", "participants": [{"user", "state",
     * "muted", "talking"}]}; a higher version is newer.
     */
    public static JsonObject audio(long version, List<AudioLine> lines) {
        var participants = Json.createArrayBuilder();
        lines.forEach(l -> participants.add(Json.createObjectBuilder().add("user", l.user())
                .add("state", l.state().wireName()).add("muted", l.muted()).add("talking", l.talking())));
        return Json.createObjectBuilder().add("version", version).add("participants", participants).build();
    }
}
