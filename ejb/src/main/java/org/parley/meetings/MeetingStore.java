package org.parley.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where meetings and their event logs are kept; changes join the caller's transaction. */
public interface MeetingStore {

    void create(Meeting meeting);

    Optional<Meeting> find(String id);

    /** Locks the meeting's row until the transaction ends and returns it with its last event number. */
    Optional<Locked> lock(String id);

    /** A locked meeting and the number of its last event. */
    record Locked(Meeting meeting, long lastSeq) {
    }

    /** Appends events (numbered after the last one) and records the new last number. */
    void append(String meetingId, List<MeetingEvent> events);

    /** The events numbered after {@code afterSeq}, in order. */
    List<MeetingEvent> eventsAfter(String meetingId, long afterSeq);

    /** The events numbered from {@code fromSeq} to {@code toSeq} inclusive, in order. */
    List<MeetingEvent> eventsBetween(String meetingId, long fromSeq, long toSeq);

    void markEnded(String id, Instant at);

    /** The meetings the user owns or is invited to that have not ended. */
    List<Meeting> openFor(String user);

    /** Deletes the event logs of meetings that ended before the cutoff; answers how many meetings. */
    int purgeEndedBefore(Instant cutoff);
}
