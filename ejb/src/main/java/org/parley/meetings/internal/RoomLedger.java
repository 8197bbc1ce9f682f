package org.parley.meetings.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.parley.error.ParleyException;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingBus;
import org.parley.meetings.MeetingEvent;
import org.parley.meetings.MeetingStore;

/**
 * Writes room events in order, one room at a time across every server: the meeting's row is
 * locked, the room's state caught up, the rules decide, the events are numbered, stored,
 * applied and published, all in one transaction. A rolled-back transaction drops this server's
 * copy of the state, which is rebuilt from the log.
 */
@Stateless
public class RoomLedger {

    @Inject
    MeetingStore store;

    @Inject
    RoomStates states;

    @Inject
    MeetingBus bus;

    @Inject
    Recordings recordings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A change's outcome: the events written and the state's answer to the caller. */
    public record Outcome<T>(List<MeetingEvent> events, T answer) {
    }

    /** Locks the room, lets {@code rules} decide its events, writes them, and answers what {@code answer} reads after. */
    public <T> Outcome<T> change(String meetingId, Function<RoomRules, List<MeetingEvent>> rules,
                          Function<RoomState, T> answer) {
        var locked = store.lock(meetingId).orElseThrow(() -> new ParleyException.NotFound("No meeting " + meetingId));
        var meeting = locked.meeting();
        dropOnRollback(meetingId);
        return states.with(meetingId, state -> {
            var decided = rules.apply(new RoomRules(state, meeting, Instant.now()));
            var numbered = new ArrayList<MeetingEvent>(decided.size());
            long seq = Math.max(locked.lastSeq(), state.seq);
            for (var e : decided) {
                numbered.add(e.numbered(++seq));
            }
            if (!numbered.isEmpty()) {
                store.append(meetingId, numbered);
                for (var e : numbered) {
                    state.apply(e);
                    afterApply(meeting, state, e);
                    bus.publish(e);
                }
            }
            return new Outcome<>(List.copyOf(numbered), answer.apply(state));
        });
    }

    private void afterApply(Meeting meeting, RoomState state, MeetingEvent e) {
        if ("ended".equals(e.type())) {
            store.markEnded(meeting.id(), e.at());
        } else if ("recording".equals(e.type()) && !e.body().getBoolean("on")) {
            recordings.stopped(meeting, e);
        } else if ("recording".equals(e.type())) {
            recordings.started(meeting, state, e);
        }
    }

    private void dropOnRollback(String meetingId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before.
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    states.drop(meetingId);
                }
            }
        });
    }
}
