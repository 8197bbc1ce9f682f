package org.parley.meetings.internal;

import java.util.List;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.error.ParleyException;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingStore;
import org.parley.meetings.Recording;
import org.parley.meetings.RecordingService;
import org.parley.meetings.RecordingStore;

/**
 * Recordings: listed and handed out to the meeting's owner, its invitees, the recording's
 * owner and administrators; deleted by the recording's owner or an administrator.
 */
@Stateless
@Local(RecordingService.class)
public class RecordingServiceBean implements RecordingService {

    @Inject
    RecordingStore store;

    @Inject
    MeetingStore meetings;

    @Override
    public List<Recording> list(String caller, boolean admin, String meetingId) {
        var meeting = meeting(meetingId);
        return store.ofMeeting(meetingId).stream().filter(r -> mayRead(caller, admin, meeting, r)).toList();
    }

    @Override
    public String document(String caller, boolean admin, String meetingId, String recordingId) {
        var meeting = meeting(meetingId);
        var recording = recording(meetingId, recordingId);
        if (!mayRead(caller, admin, meeting, recording)) {
            throw new ParleyException.Forbidden("Only the meeting's owner, its invitees and administrators may play it back");
        }
        if (recording.stoppedAt() == null) {
            throw new ParleyException.Conflict("still-recording", "The recording is still running");
        }
        return store.document(recordingId).orElseThrow();
    }

    @Override
    public void delete(String caller, boolean admin, String meetingId, String recordingId) {
        var recording = recording(meetingId, recordingId);
        if (!admin && !recording.owner().equals(caller)) {
            throw new ParleyException.Forbidden("Only the recording's owner or an administrator may delete it");
        }
        if (recording.stoppedAt() == null) {
            throw new ParleyException.Conflict("still-recording", "Stop the recording before deleting it");
        }
        store.delete(recordingId);
    }

    private static boolean mayRead(String caller, boolean admin, Meeting meeting, Recording r) {
        return admin || meeting.isInvited(caller) || r.owner().equals(caller);
    }

    private Meeting meeting(String id) {
        return meetings.find(id).orElseThrow(() -> new ParleyException.NotFound("No meeting " + id));
    }

    private Recording recording(String meetingId, String id) {
        return store.find(id).filter(r -> r.meeting().equals(meetingId))
                .orElseThrow(() -> new ParleyException.NotFound("No recording " + id + " of meeting " + meetingId));
    }
}
