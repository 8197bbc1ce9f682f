package org.parley.meetings.internal;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import org.parley.error.ParleyException;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingEvent;
import org.parley.meetings.MeetingJson;
import org.parley.meetings.MeetingStore;
import org.parley.meetings.Recording;
import org.parley.meetings.RecordingStore;

/**
 * Makes recordings from the room's log: on start the room's state is kept; on stop the public
 * events since (those for every participant, in order, with their offset from the start) are
 * written into the recording's document. Called inside the ledger's transaction.
 */
@ApplicationScoped
public class Recordings {

    /** The document format's name and version (docs/meetings.md, "Recording file"). */
    static final String FORMAT = "parley-meeting-recording";
    static final int VERSION = 1;

    @Inject
    RecordingStore store;

    @Inject
    MeetingStore meetings;

    void started(Meeting meeting, RoomState state, MeetingEvent e) {
        var id = e.body().getString("recording");
        var initial = RoomViews.state(state, meeting, e.by());
        store.started(new Recording(id, meeting.id(), meeting.title(), e.by(), e.at(), null, 0), e.seq(),
                Json.createObjectBuilder(initial).remove("you").remove("waiting").build().toString());
    }

    void stopped(Meeting meeting, MeetingEvent stop) {
        var id = stop.body().getString("recording");
        var recording = store.find(id).orElseThrow(() -> new ParleyException.NotFound("No recording " + id));
        var start = store.start(id).orElseThrow();
        var from = recording.startedAt();
        var events = Json.createArrayBuilder();
        int count = 0;
        for (var e : meetings.eventsBetween(meeting.id(), start.fromSeq() + 1, stop.seq())) {
            if (e.forEveryone()) {
                events.add(Json.createObjectBuilder(MeetingJson.wire(e))
                        .add("offsetMillis", Duration.between(from, e.at()).toMillis()));
                count++;
            }
        }
        var document = Json.createObjectBuilder().add("format", FORMAT).add("version", VERSION)
                .add("recording", id).add("meeting", MeetingJson.meeting(meeting)).add("owner", recording.owner())
                .add("startedAt", from.toString()).add("stoppedAt", stop.at().toString())
                .add("durationMillis", Duration.between(from, stop.at()).toMillis())
                .add("initialState", parse(start.initialState())).add("events", events).build();
        store.stopped(id, stop.at(), count, document.toString());
    }

    private static jakarta.json.JsonObject parse(String json) {
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }
}
