package org.parley.telephony.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;
import org.parley.meetings.RoomAudio;
import org.parley.telephony.ConferenceControl;
import org.parley.telephony.ConferenceJson;
import org.parley.telephony.ConferenceParticipant;
import org.parley.telephony.ConferenceView;
import org.parley.telephony.ParticipantState;

/**
 * The conferences going on on this server, in memory, and what every change means: connected
 * participants show as On the phone, every participant's clients get a {@code conference} user
 * event, the attached edge hears of it for its event-package subscribers, and a meeting's room
 * hears of its conference's changes ({@link RoomAudio}). Thread safety: a concurrent map whose
 * entries are immutable views replaced with {@code compute}; nothing is called out while an
 * entry is locked.
 */
@ApplicationScoped
public class ConferenceBoard {

    private static final Logger LOG = Logger.getLogger(ConferenceBoard.class.getName());
    static final String EVENT = "conference";
    static final String MEETING_ORIGIN = "meeting:";

    @EJB
    CallPresence presence;

    @Inject
    UserEventBus events;

    @Inject
    RoomAudio rooms;

    private final Map<String, ConferenceView> conferences = new ConcurrentHashMap<>();
    private volatile ConferenceControl control;

    /** A change of one conference: its state before (null: new) and after (null: over). */
    record Change(ConferenceView before, ConferenceView after) {
    }

    Optional<ConferenceView> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(conferences.get(id));
    }

    int size() {
        return conferences.size();
    }

    /** The ids of the conferences held now. */
    java.util.Set<String> ids() {
        return java.util.Set.copyOf(conferences.keySet());
    }

    Optional<ConferenceControl> control() {
        return Optional.ofNullable(control);
    }

    void attach(ConferenceControl edge) {
        control = edge;
    }

    /** The edge goes: every conference it mixed is over (its participants are told, their presence restored). */
    void detach(ConferenceControl edge) {
        if (control == edge) {
            control = null;
            for (var id : java.util.List.copyOf(conferences.keySet())) {
                change(id, v -> new ConferenceView(v.id(), v.initiator(), v.controller(), v.origin(), v.address(), true,
                        v.participants()));
            }
        }
    }

    /** Adds a conference unless one has its id; returns the one that holds the id afterwards. */
    ConferenceView open(ConferenceView view) {
        var first = view.numbered(1);
        var held = conferences.putIfAbsent(first.id(), first);
        if (held != null) {
            return held;
        }
        announce(new Change(null, first));
        return first;
    }

    /**
     * Applies {@code fn} to the conference (nothing when it is unknown), ends it when nobody is on
     * it or ringing any more, and announces the change. A change gets the next {@code seq} while
     * the entry is locked, so numbers follow the order of the changes even when their
     * announcements race.
     */
    Change change(String id, UnaryOperator<ConferenceView> fn) {
        var seen = new ConferenceView[2];
        conferences.computeIfPresent(id, (k, before) -> {
            seen[0] = before;
            var after = fn.apply(before);
            var over = after.ended() || after.participants().stream().noneMatch(p -> p.state().isActive());
            var next = (over ? ended(after) : after).numbered(before.seq());
            seen[1] = next.equals(before) ? before : next.numbered(before.seq() + 1);
            return over ? null : seen[1];
        });
        var change = new Change(seen[0], seen[1]);
        if (change.before() != null && !change.before().equals(change.after())) {
            announce(change);
        }
        return change;
    }

    /** The participant {@code user} changed by {@code fn}; other participants as they were. */
    static ConferenceView with(ConferenceView v, String user, UnaryOperator<ConferenceParticipant> fn) {
        var list = new ArrayList<ConferenceParticipant>();
        v.participants().forEach(p -> list.add(p.user().equals(user) ? fn.apply(p) : p));
        return new ConferenceView(v.id(), v.initiator(), v.controller(), v.origin(), v.address(), v.ended(), list);
    }

    private static ConferenceView ended(ConferenceView v) {
        var list = v.participants().stream()
                .map(p -> p.state().isActive() ? p.in(ParticipantState.LEFT, "the conference ended") : p).toList();
        return new ConferenceView(v.id(), v.initiator(), v.controller(), v.origin(), v.address(), true, list);
    }

    private void announce(Change change) {
        var after = change.after();
        for (var p : after.participants()) {
            var was = change.before() == null ? null : state(change.before(), p.user());
            var key = "conference:" + after.id() + ":" + p.user();
            if (p.state() == ParticipantState.CONNECTED && was != ParticipantState.CONNECTED) {
                presence.onThePhone(key, p.user());
            } else if (p.state() != ParticipantState.CONNECTED && was == ParticipantState.CONNECTED) {
                presence.hungUp(key);
            }
        }
        var edge = control;
        if (edge != null) {
            try {
                if (after.ended()) {
                    edge.close(after.id());
                }
                edge.changed(after);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Conference " + after.id() + ": the SIP edge was not told of a change", e);
            }
        }
        tell(after);
        tellRoom(after);
    }

    /** A meeting's conference changed: its room hears of it (and shows what changed there). */
    private void tellRoom(ConferenceView v) {
        if (!v.origin().startsWith(MEETING_ORIGIN)) {
            return;
        }
        try {
            rooms.changed(v.origin().substring(MEETING_ORIGIN.length()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The room of conference " + v.id() + " was not told of a change", e);
        }
    }

    private static ParticipantState state(ConferenceView v, String user) {
        return v.participants().stream().filter(p -> p.user().equals(user)).map(ConferenceParticipant::state)
                .findFirst().orElse(null);
    }

    private void tell(ConferenceView v) {
        Set<String> to = new HashSet<>();
        v.participants().forEach(p -> to.add(p.user()));
        to.add(v.controller());
        try {
            events.publish(new UserEvent(to, EVENT, ConferenceJson.of(v)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Conference event of " + v.id() + " not published", e);
        }
    }
}
