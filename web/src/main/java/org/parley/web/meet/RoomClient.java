package org.parley.web.meet;

import java.util.ArrayList;
import java.util.List;

import jakarta.websocket.Session;

import org.parley.meetings.Attendee;
import org.parley.meetings.MeetingEvent;
import org.parley.web.ws.Outbox;

/**
 * One connection to a room and where it stands: joining (events are held back until its state
 * arrives), waiting (a guest), or in the room as of an event number (older events are already in
 * the state it was sent). Thread safety: the stage and held events are guarded by this object's
 * monitor; the outbox serializes sends.
 */
final class RoomClient {

    /** How many events a joining connection holds back at most before its state arrives. */
    private static final int MAX_HELD = 10_000;

    enum Stage { JOINING, WAITING, IN, GONE }

    final Session session;
    final String meeting;
    final String connection;
    final Outbox outbox;
    private Attendee who;
    private Stage stage = Stage.JOINING;
    private boolean entered;
    private long seq;
    private final List<MeetingEvent> held = new ArrayList<>();

    RoomClient(Session session, String meeting, String connection, Outbox outbox) {
        this.session = session;
        this.meeting = meeting;
        this.connection = connection;
        this.outbox = outbox;
    }

    synchronized Attendee who() {
        return who;
    }

    synchronized Stage stage() {
        return stage;
    }

    synchronized void joining(Attendee attendee) {
        who = attendee;
    }

    synchronized void waiting() {
        stage = Stage.WAITING;
        entered = true;
    }

    /** Whether this connection got into the room or its waiting room (and so has to leave it). */
    synchronized boolean entered() {
        return entered;
    }

    synchronized void gone() {
        stage = Stage.GONE;
        held.clear();
    }

    /** The state as of {@code stateSeq} was sent: later held events follow it. */
    synchronized void in(long stateSeq, String stateText) {
        outbox.send(stateText);
        stage = Stage.IN;
        entered = true;
        seq = stateSeq;
        for (var e : held) {
            deliver(e);
        }
        held.clear();
    }

    /** Sends a room event for everyone, unless the state this connection received already holds it. */
    synchronized void offer(MeetingEvent e) {
        if (stage == Stage.JOINING) {
            if (held.size() < MAX_HELD) {
                held.add(e);
            }
        } else if (stage == Stage.IN) {
            deliver(e);
        }
    }

    /** Sends an event addressed to this participant whatever the stage (waiting guests too). */
    synchronized void direct(String text) {
        if (stage != Stage.GONE) {
            outbox.send(text);
        }
    }

    private void deliver(MeetingEvent e) {
        if (e.seq() == 0 || e.seq() > seq) {
            outbox.send(org.parley.meetings.MeetingJson.wire(e).toString());
            if (e.seq() > 0) {
                seq = e.seq();
            }
        }
    }
}
