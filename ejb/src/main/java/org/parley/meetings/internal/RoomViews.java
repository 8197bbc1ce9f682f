package org.parley.meetings.internal;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingJson;
import org.parley.meetings.Permission;
import org.parley.meetings.Role;

/** The wire form of a room's state (docs/meetings-protocol.md). */
final class RoomViews {

    private RoomViews() {
    }

    /** The room's state as the viewer sees it, without its conference's lines. */
    static JsonObject state(RoomState s, Meeting meeting, String viewer) {
        return state(s, meeting, viewer, MeetingJson.audio(0, java.util.List.of()));
    }

    /** The room's state as the viewer sees it: moderators also see who waits; {@code audio} the conference's lines. */
    static JsonObject state(RoomState s, Meeting meeting, String viewer, JsonObject audio) {
        var me = s.member(viewer).orElse(null);
        var participants = Json.createArrayBuilder();
        var waiting = Json.createArrayBuilder();
        s.members.values().forEach(m -> {
            if (m.admitted) {
                participants.add(member(m));
            } else {
                waiting.add(Json.createObjectBuilder().add("id", m.id).add("name", m.name));
            }
        });
        var b = Json.createObjectBuilder().add("type", "state").add("seq", s.seq)
                .add("now", Instant.now().toString()).add("meeting", MeetingJson.meeting(meeting))
                .add("you", me == null ? Json.createObjectBuilder().add("id", viewer).build() : member(me))
                .add("startedAt", s.started == null ? "" : s.started.toString())
                .add("locked", s.locked).add("recording", s.recording == null ? "" : s.recording)
                .add("sharing", s.sharing == null ? "" : s.sharing)
                .add("participants", participants)
                .add("decks", decks(s))
                .add("deck", s.deck == null ? "" : s.deck).add("page", s.page)
                .add("url", s.url == null ? "" : s.url)
                .add("strokes", strokes(s)).add("polls", polls(s, viewer)).add("audio", audio);
        if (me != null && me.role == Role.MODERATOR) {
            b.add("waiting", waiting);
        }
        var chat = Json.createArrayBuilder();
        s.chat.forEach(chat::add);
        return b.add("chat", chat).build();
    }

    static JsonObject member(RoomState.Member m) {
        var permissions = Json.createArrayBuilder();
        m.permissions.stream().map(Permission::wireName).sorted().forEach(permissions::add);
        return Json.createObjectBuilder().add("id", m.id).add("name", m.name).add("guest", m.guest)
                .add("role", m.role.wireName()).add("permissions", permissions).add("present", m.present())
                .add("hand", m.hand).add("muted", m.muted).build();
    }

    private static jakarta.json.JsonArrayBuilder decks(RoomState s) {
        var a = Json.createArrayBuilder();
        s.decks.values().forEach(d -> a.add(Json.createObjectBuilder().add("deck", d.id()).add("name", d.name())
                .add("pages", d.pages())));
        return a;
    }

    private static jakarta.json.JsonArrayBuilder strokes(RoomState s) {
        var a = Json.createArrayBuilder();
        s.strokes.values().forEach(d -> {
            var o = Json.createObjectBuilder(d.shape());
            a.add(o.add("by", d.by()));
        });
        return a;
    }

    private static jakarta.json.JsonArrayBuilder polls(RoomState s, String viewer) {
        var a = Json.createArrayBuilder();
        s.polls.values().forEach(p -> {
            var options = Json.createArrayBuilder();
            p.options.forEach(options::add);
            a.add(Json.createObjectBuilder().add("poll", p.id).add("question", p.question).add("options", options)
                    .add("counts", RoomState.counts(p)).add("closed", p.closed).add("voted", p.voters.contains(viewer)));
        });
        return a;
    }
}
