package org.parley.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where recordings and their documents are kept; changes join the caller's transaction. */
public interface RecordingStore {

    /** A running recording, started by event {@code fromSeq}, with the room's state then. */
    void started(Recording recording, long fromSeq, String initialState);

    /** A recording stopped: its document (docs/meetings.md, "Recording file") is complete. */
    void stopped(String id, Instant at, int events, String document);

    Optional<Recording> find(String id);

    /** The recording's document, once it stopped. */
    Optional<String> document(String id);

    /** Where a recording starts: the event that started it and the room's state (JSON) then. */
    record Start(long fromSeq, String initialState) {
    }

    Optional<Start> start(String id);

    List<Recording> ofMeeting(String meeting);

    void delete(String id);

    /** Deletes recordings started before the cutoff; answers how many. */
    int deleteStartedBefore(Instant cutoff);
}
