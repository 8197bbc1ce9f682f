package org.parley.meetings;

import java.util.Optional;

/**
 * The audio side of a meeting: its conference call's dial-in data, and a "join audio" that
 * rings a participant's phone. Owned here and implemented by the telephony side when it
 * provides conferencing; until then the configured dial-in data is shown and calling is
 * unavailable.
 */
public interface AudioBridge {

    /** How to dial into the meeting's conference. */
    record DialIn(String number, String code) {
    }

    /** The meeting's dial-in data, when a conference number is configured. */
    Optional<DialIn> dialIn(String meeting);

    /**
     * Rings the user's phone and joins the call to the meeting's conference.
     *
     * @throws org.parley.error.ParleyException.Unavailable when no telephony can place the call
     */
    void call(String meeting, String user);
}
