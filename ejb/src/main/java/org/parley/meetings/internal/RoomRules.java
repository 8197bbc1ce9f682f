package org.parley.meetings.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.parley.error.ParleyException;
import org.parley.meetings.Attendee;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingEvent;
import org.parley.meetings.Permission;
import org.parley.meetings.Role;
import org.parley.meetings.RoomCommand;
import org.parley.meetings.RoomCommand.Admit;
import org.parley.meetings.RoomCommand.Chat;
import org.parley.meetings.RoomCommand.Clear;
import org.parley.meetings.RoomCommand.ClosePoll;
import org.parley.meetings.RoomCommand.CreatePoll;
import org.parley.meetings.RoomCommand.End;
import org.parley.meetings.RoomCommand.Grant;
import org.parley.meetings.RoomCommand.Hand;
import org.parley.meetings.RoomCommand.Lock;
import org.parley.meetings.RoomCommand.Mute;
import org.parley.meetings.RoomCommand.MuteAll;
import org.parley.meetings.RoomCommand.Page;
import org.parley.meetings.RoomCommand.PushUrl;
import org.parley.meetings.RoomCommand.Record;
import org.parley.meetings.RoomCommand.Remove;
import org.parley.meetings.RoomCommand.SetRole;
import org.parley.meetings.RoomCommand.Share;
import org.parley.meetings.RoomCommand.Signal;
import org.parley.meetings.RoomCommand.Stroke;
import org.parley.meetings.RoomCommand.Undo;
import org.parley.meetings.RoomCommand.Vote;

/**
 * Decides what a join, a leave or a command makes happen in a room, from the room's state: who
 * may, and which events follow. Pure: the caller numbers, stores and applies the events.
 */
final class RoomRules {

    private final RoomState s;
    private final Meeting meeting;
    private final Instant now;
    private final List<MeetingEvent> out = new ArrayList<>();

    RoomRules(RoomState state, Meeting meeting, Instant now) {
        this.s = state;
        this.meeting = meeting;
        this.now = now;
    }

    /** A connection joins: into the room, or a guest into the waiting room. */
    List<MeetingEvent> join(Attendee who, String connection, boolean passwordGiven) {
        if (s.ended || meeting.ended() != null) {
            throw new ParleyException.Conflict("meeting-ended", "The meeting has ended");
        }
        if (s.removed.contains(who.id())) {
            throw new ParleyException.Forbidden("You were removed from this meeting");
        }
        var known = s.member(who.id()).filter(m -> m.admitted).isPresent();
        var owner = !who.guest() && meeting.owner().equals(who.id());
        if (!known && !owner) {
            if (s.locked) {
                throw new ParleyException.Forbidden("The meeting is locked");
            }
            if (meeting.hasPassword() && !passwordGiven && (who.guest() || !meeting.isInvited(who.id()))) {
                throw new ParleyException.Forbidden("The meeting's password is wrong or missing");
            }
        }
        if (s.started == null) {
            emit("started", "", Json.createObjectBuilder(), Set.of());
        }
        if (who.guest() && !known) {
            emit("knocked", who.id(), Json.createObjectBuilder().add("participant", who.id()).add("name", who.name())
                    .add("connection", connection), s.moderatorsPresent());
        } else {
            var role = owner ? Role.MODERATOR : Role.ATTENDEE;
            emit("joined", who.id(), Json.createObjectBuilder().add("participant", who.id()).add("name", who.name())
                    .add("guest", who.guest()).add("role", role.wireName()).add("connection", connection), Set.of());
        }
        return out;
    }

    /** A connection leaves. */
    List<MeetingEvent> leave(String participant, String connection) {
        s.member(participant).filter(m -> m.connections.contains(connection)).ifPresent(m ->
                emit("left", participant, Json.createObjectBuilder().add("participant", participant)
                        .add("connection", connection), m.admitted ? Set.of() : s.moderatorsPresent()));
        return out;
    }

    /** A presenter's upload became a deck. */
    List<MeetingEvent> addDeck(String participant, org.parley.meetings.Deck deck) {
        requirePresenter(participant);
        emit("deck", participant, Json.createObjectBuilder().add("deck", deck.id()).add("name", deck.name())
                .add("pages", deck.pages()), Set.of());
        return out;
    }

    /** Checks that the participant is in the room and may present (before an upload is even read). */
    void requirePresenter(String participant) {
        if (s.ended) {
            throw new ParleyException.Conflict("meeting-ended", "The meeting has ended");
        }
        var me = s.member(participant).filter(RoomState.Member::present)
                .orElseThrow(() -> new ParleyException.Forbidden("Join the meeting before uploading slides"));
        need(me, Permission.PRESENT, "upload slides");
    }

    /** The meeting is ended from outside the room (its owner or an administrator, over REST). */
    List<MeetingEvent> end(String by) {
        if (!s.ended) {
            emit("ended", by, Json.createObjectBuilder(), Set.of());
        }
        return out;
    }

    /** An admitted participant's command. */
    List<MeetingEvent> decide(String participant, RoomCommand command) {
        if (s.ended) {
            throw new ParleyException.Conflict("meeting-ended", "The meeting has ended");
        }
        var me = s.member(participant).filter(m -> m.admitted)
                .orElseThrow(() -> new ParleyException.Forbidden("You are not in this meeting"));
        if (command instanceof Chat c) {
            need(me, Permission.CHAT, "chat");
            emit("chat", participant, Json.createObjectBuilder().add("name", me.name).add("text", c.text()), Set.of());
        } else if (command instanceof Hand h) {
            emit("hand", participant, target(participant).add("raised", h.raised()), Set.of());
        } else if (command instanceof Page p) {
            need(me, Permission.PRESENT, "turn pages");
            var deck = s.decks.get(p.deck());
            if (deck == null) {
                throw new ParleyException.NotFound("No deck '" + p.deck() + "' in this meeting");
            }
            if (p.page() > deck.pages()) {
                throw new ParleyException.Invalid("The deck has " + deck.pages() + " pages");
            }
            emit("page", participant, Json.createObjectBuilder().add("deck", p.deck()).add("page", p.page()), Set.of());
        } else if (command instanceof PushUrl u) {
            need(me, Permission.PRESENT, "push web pages");
            emit("url", participant, Json.createObjectBuilder().add("url", u.url()), Set.of());
        } else if (command instanceof Stroke st) {
            need(me, Permission.DRAW, "draw");
            var shape = st.shape();
            var points = Json.createArrayBuilder();
            shape.points().forEach(points::add);
            emit("stroke", participant, Json.createObjectBuilder().add("stroke", UUID.randomUUID().toString())
                    .add("kind", shape.kind()).add("points", points).add("color", shape.color())
                    .add("width", shape.width()).add("text", shape.text()), Set.of());
        } else if (command instanceof Undo u) {
            need(me, Permission.DRAW, "draw");
            var last = s.lastStrokeOf(participant)
                    .orElseThrow(() -> new ParleyException.Conflict("nothing-to-undo", "You have no stroke on the board"));
            emit("undo", participant, Json.createObjectBuilder().add("stroke", last.id()), Set.of());
        } else if (command instanceof Clear c) {
            need(me, Permission.DRAW, "clear the whiteboard");
            emit("clear", participant, Json.createObjectBuilder(), Set.of());
        } else if (command instanceof CreatePoll p) {
            need(me, Permission.PRESENT, "run polls");
            var options = Json.createArrayBuilder();
            p.options().forEach(options::add);
            emit("poll", participant, Json.createObjectBuilder().add("poll", UUID.randomUUID().toString())
                    .add("question", p.question()).add("options", options), Set.of());
        } else if (command instanceof Vote v) {
            vote(participant, v);
        } else if (command instanceof ClosePoll c) {
            need(me, Permission.PRESENT, "close polls");
            var poll = poll(c.poll());
            if (!poll.closed) {
                emit("poll-closed", participant, Json.createObjectBuilder().add("poll", poll.id)
                        .add("counts", RoomState.counts(poll)), Set.of());
            }
        } else if (command instanceof Share sh) {
            need(me, Permission.SHARE_SCREEN, "share the screen");
            if (sh.on() && s.sharing != null && !s.sharing.equals(participant)) {
                throw new ParleyException.Conflict("already-sharing", "Someone else is sharing the screen");
            }
            emit("share", participant, Json.createObjectBuilder().add("on", sh.on()), Set.of());
        } else if (command instanceof Mute m) {
            mute(me, m);
        } else if (command instanceof Signal sg) {
            throw new IllegalArgumentException("Signals are relayed, not decided: " + sg.kind());
        } else {
            moderate(me, command);
        }
        return out;
    }

    private void moderate(RoomState.Member me, RoomCommand command) {
        if (me.role != Role.MODERATOR) {
            throw new ParleyException.Forbidden("Only a moderator may do this");
        }
        if (command instanceof SetRole r) {
            var target = present(r.participant());
            if (target.role == Role.MODERATOR && r.role() != Role.MODERATOR && s.moderatorsPresent().size() < 2
                    && target.id.equals(me.id)) {
                throw new ParleyException.Conflict("last-moderator", "Hand the moderator role to someone first");
            }
            emit("role", me.id, target(target.id).add("role", r.role().wireName()), Set.of());
        } else if (command instanceof Grant g) {
            emit("permission", me.id, target(present(g.participant()).id)
                    .add("permission", g.permission().wireName()).add("allowed", g.allowed()), Set.of());
        } else if (command instanceof Remove r) {
            var target = s.member(r.participant())
                    .orElseThrow(() -> new ParleyException.NotFound("No participant '" + r.participant() + "'"));
            if (target.id.equals(meeting.owner())) {
                throw new ParleyException.Forbidden("The meeting's owner cannot be removed");
            }
            emit("removed", me.id, target(target.id), Set.of());
        } else if (command instanceof Admit a) {
            var guest = s.member(a.participant()).filter(m -> !m.admitted)
                    .orElseThrow(() -> new ParleyException.NotFound("No one '" + a.participant() + "' is waiting"));
            emit(a.admitted() ? "admitted" : "denied", me.id, target(guest.id).add("name", guest.name), Set.of());
        } else if (command instanceof Lock l) {
            emit("locked", me.id, Json.createObjectBuilder().add("locked", l.locked()), Set.of());
        } else if (command instanceof Record r) {
            if (r.on() == (s.recording != null)) {
                throw new ParleyException.Conflict("recording", r.on() ? "Already recording" : "Not recording");
            }
            var id = r.on() ? UUID.randomUUID().toString() : s.recording;
            emit("recording", me.id, Json.createObjectBuilder().add("on", r.on()).add("recording", id), Set.of());
        } else if (command instanceof End e) {
            emit("ended", me.id, Json.createObjectBuilder(), Set.of());
        } else if (command instanceof MuteAll) {
            s.members.values().stream().filter(m -> m.admitted && !m.muted && !m.id.equals(me.id))
                    .forEach(m -> emit("muted", me.id, target(m.id).add("muted", true), Set.of()));
        } else {
            throw new ParleyException.Invalid("Unknown command");
        }
    }

    private void vote(String participant, Vote v) {
        var poll = poll(v.poll());
        if (poll.closed) {
            throw new ParleyException.Conflict("poll-closed", "The poll is closed");
        }
        if (poll.voters.contains(participant)) {
            throw new ParleyException.Conflict("already-voted", "You already voted in this poll");
        }
        if (v.option() < 0 || v.option() >= poll.options.size()) {
            throw new ParleyException.Invalid("The poll's options are numbered 0 to " + (poll.options.size() - 1));
        }
        var counts = Json.createArrayBuilder();
        for (int i = 0; i < poll.counts.length; i++) {
            counts.add(poll.counts[i] + (i == v.option() ? 1 : 0));
        }
        emit("poll-results", participant, Json.createObjectBuilder().add("poll", poll.id).add("option", v.option())
                .add("counts", counts), Set.of());
    }

    private void mute(RoomState.Member me, Mute m) {
        var target = present(m.participant());
        if (!target.id.equals(me.id) && me.role != Role.MODERATOR) {
            throw new ParleyException.Forbidden("Only a moderator may mute or unmute others");
        }
        if (!m.muted() && target.id.equals(me.id)) {
            need(me, Permission.UNMUTE, "unmute");
        }
        emit("muted", me.id, target(target.id).add("muted", m.muted()), Set.of());
    }

    /** Checks that the signal may go: offers need the share-screen permission; both ends are present. */
    void checkSignal(String participant, Signal signal) {
        var me = s.member(participant).filter(RoomState.Member::present)
                .orElseThrow(() -> new ParleyException.Forbidden("You are not in this meeting"));
        if ("offer".equals(signal.kind())) {
            need(me, Permission.SHARE_SCREEN, "share the screen");
        }
        present(signal.to());
    }

    private RoomState.Poll poll(String id) {
        var poll = s.polls.get(id);
        if (poll == null) {
            throw new ParleyException.NotFound("No poll '" + id + "' in this meeting");
        }
        return poll;
    }

    private RoomState.Member present(String id) {
        return s.member(id).filter(m -> m.admitted)
                .orElseThrow(() -> new ParleyException.NotFound("No participant '" + id + "' in this meeting"));
    }

    private static void need(RoomState.Member me, Permission p, String what) {
        if (!me.may(p)) {
            throw new ParleyException.Forbidden("You may not " + what + " in this meeting (needs the "
                    + p.wireName() + " permission)");
        }
    }

    private static JsonObjectBuilder target(String participant) {
        return Json.createObjectBuilder().add("participant", participant);
    }

    private void emit(String type, String by, JsonObjectBuilder body, Set<String> to) {
        out.add(new MeetingEvent(meeting.id(), 0, now, type, by, body.build(), to));
    }
}
