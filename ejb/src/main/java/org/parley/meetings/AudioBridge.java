package org.parley.meetings;

import java.util.List;
import java.util.Optional;

/**
 * The audio side of a meeting: its conference call's dial-in data, and a "join audio" that
 * rings a participant's phone. Owned here and implemented by the telephony side's conference
 * calls (an alternative bean); without it the configured dial-in data is shown and calling is
 * unavailable.
 */
public interface AudioBridge {

    /**
     * How to dial into the meeting's conference.
     *
     * @param number the telephone number of the conference bridge, or empty when none is configured
     * @param code the meeting's conference code to key in after the number
     * @param sip the SIP URI a phone registered with Parley dials straight in at, or empty
     */
    record DialIn(String number, String code, String sip) {

        /** One line for an invitation: the number and code, and the SIP URI. */
        public String text() {
            var byNumber = number.isEmpty() ? "" : number + " code " + code;
            return sip.isEmpty() ? byNumber : byNumber.isEmpty() ? sip : byNumber + " or " + sip;
        }
    }

    /** A meeting's stable 9-digit conference code, made from its id. */
    static String conferenceCode(String meeting) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(meeting.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return String.format("%09d", Math.floorMod(value, 1_000_000_000L));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The meeting's dial-in data, when a conference number is configured. */
    Optional<DialIn> dialIn(String meeting);

    /**
     * Rings the user's phone and joins the call to the meeting's conference.
     *
     * @throws org.parley.error.ParleyException.Unavailable when no telephony can place the call
     */
    void call(String meeting, String user);

    /**
     * Applies a mute the room has allowed to the participant's line in the meeting's conference;
     * without conference calls (or when they are not on it) nothing happens.
     */
    default void mute(String meeting, String participant, boolean muted) {
    }

    /**
     * Applies a room's "mute all" to the meeting's conference: every line but {@code except}'s is
     * muted; without conference calls (or a running conference) nothing happens.
     */
    default void muteAll(String meeting, String except) {
    }

    /**
     * The meeting's conference lines that ring or are on the call, as this server mixes them;
     * empty without conference calls, when none runs, or when another server mixes it.
     */
    default List<AudioLine> lines(String meeting) {
        return List.of();
    }
}
