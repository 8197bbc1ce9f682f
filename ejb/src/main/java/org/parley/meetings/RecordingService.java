package org.parley.meetings;

import java.util.List;

/** Lists, hands out and deletes recordings. */
public interface RecordingService {

    /** The meeting's recordings, for its owner, invitees, participants' moderators and administrators. */
    List<Recording> list(String caller, boolean admin, String meeting);

    /**
     * The recording's document (JSON, docs/meetings.md "Recording file").
     *
     * @throws org.parley.error.ParleyException.Conflict while it is still recording
     */
    String document(String caller, boolean admin, String meeting, String recording);

    /**
     * Deletes a recording: its owner or an administrator only.
     *
     * @throws org.parley.error.ParleyException.Forbidden for anyone else
     */
    void delete(String caller, boolean admin, String meeting, String recording);
}
