package org.parley.meetings.internal;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import org.parley.error.ParleyException;
import org.parley.meetings.Attendee;
import org.parley.meetings.JoinResult;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingBus;
import org.parley.meetings.MeetingEvent;
import org.parley.meetings.MeetingStore;
import org.parley.meetings.RoomCommand;
import org.parley.meetings.RoomService;

/**
 * The live room. Joins, leaves and commands go through the {@link RoomLedger} (one transaction
 * each); signals are checked against the room's state and relayed without being logged. A
 * directory user's first connection into a room sets their presence to "in a meeting" and their
 * last one out restores it ({@link MeetingPresence}), after the room's transaction, so that
 * presence trouble never keeps anyone out of a meeting.
 */
@ApplicationScoped
public class RoomServiceBean implements RoomService {

    private static final Logger LOG = Logger.getLogger(RoomServiceBean.class.getName());

    @EJB
    RoomLedger ledger;

    @Inject
    RoomStates states;

    @Inject
    MeetingStore store;

    @Inject
    MeetingBus bus;

    @Inject
    MeetingPresence presence;

    @Inject
    RoomConference conference;

    /** A join's answer and whether it was the participant's first connection into the room. */
    private record Entry(JoinResult result, boolean first) {
    }

    @Override
    public JoinResult join(String meetingId, Attendee who, String connection, String password) {
        var meeting = meeting(meetingId);
        var passwordGiven = meeting.hasPassword() && password != null && Passwords.matches(password, meeting.passwordHash());
        var entry = ledger.change(meetingId, rules -> rules.join(who, connection, passwordGiven), state -> {
            var m = state.member(who.id()).orElseThrow();
            JoinResult result = m.admitted ? new JoinResult.Joined(state.seq, RoomViews.state(state, meeting, who.id(),
                    conference.lines(meetingId)))
                    : new JoinResult.Waiting(who.id());
            return new Entry(result, m.connections.size() == 1);
        }).answer();
        if (entry.first() && !who.guest()) {
            presence.entered(meetingId, who.id());
        }
        return entry.result();
    }

    @Override
    public void leave(String meetingId, String participant, String connection) {
        try {
            var gone = ledger.change(meetingId, rules -> rules.leave(participant, connection),
                    state -> state.member(participant).map(m -> m.connections.isEmpty() && !m.guest)
                            .orElse(!participant.startsWith("guest-"))).answer();
            if (gone) {
                presence.left(meetingId, participant);
            }
        } catch (ParleyException.NotFound e) {
            LOG.log(Level.FINE, "A connection left a meeting that no longer exists", e);
        }
    }

    @Override
    public void handle(String meetingId, String participant, RoomCommand command) {
        if (command instanceof RoomCommand.Signal signal) {
            relay(meetingId, participant, signal);
            return;
        }
        ledger.change(meetingId, rules -> rules.decide(participant, command), state -> Boolean.TRUE);
        conference.allowed(meetingId, participant, command);
    }

    @Override
    public JoinResult.Joined state(String meetingId, String participant) {
        var meeting = meeting(meetingId);
        return states.with(meetingId, s -> new JoinResult.Joined(s.seq, RoomViews.state(s, meeting, participant,
                conference.lines(meetingId))));
    }

    private void relay(String meetingId, String participant, RoomCommand.Signal signal) {
        var meeting = meeting(meetingId);
        states.with(meetingId, s -> {
            new RoomRules(s, meeting, Instant.now()).checkSignal(participant, signal);
            return Boolean.TRUE;
        });
        bus.publish(new MeetingEvent(meetingId, 0, Instant.now(), "signal", participant,
                Json.createObjectBuilder().add("from", participant).add("kind", signal.kind())
                        .add("data", signal.data()).build(), java.util.Set.of(signal.to())));
    }

    private Meeting meeting(String id) {
        return store.find(id).orElseThrow(() -> new ParleyException.NotFound("No meeting " + id));
    }
}
