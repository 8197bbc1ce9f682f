package org.parley.meetings.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.meetings.MeetingStore;

/**
 * This server's copy of each active room's state, brought up to date from the log before use:
 * only the events numbered after the copy's last one are read, so events written by other
 * servers are folded in too. Thread safety: one monitor per room state; a copy that may have
 * applied events of a transaction that rolled back is dropped and rebuilt from the log.
 */
@ApplicationScoped
public class RoomStates {

    @Inject
    MeetingStore store;

    private final Map<String, RoomState> rooms = new ConcurrentHashMap<>();

    /** Runs the work on the room's state, caught up to the log's event {@code upTo} (or all there is). */
    <T> T with(String meeting, Function<RoomState, T> work) {
        var state = rooms.computeIfAbsent(meeting, RoomState::new);
        synchronized (state) {
            store.eventsAfter(meeting, state.seq).forEach(state::apply);
            return work.apply(state);
        }
    }

    /** Forgets the room's state (after a rolled-back change, or when the meeting ended). */
    void drop(String meeting) {
        rooms.remove(meeting);
    }
}
