package org.parley.telephony;

import java.util.List;
import java.util.Objects;

/**
 * A conference call as its participants see it.
 *
 * @param id the conference's id (URL- and SIP-safe)
 * @param initiator who started it
 * @param controller who may mute others, hang them up and end it: the initiator, or a meeting's owner
 * @param origin what it was started from: {@code chat:<id>}, {@code meeting:<id>} or {@code users}
 * @param address the SIP URI phones dial into, {@code sip:conf-<id>@<edge>}
 * @param ended whether it is over
 * @param participants everyone invited, in the order invited
 * @param seq numbers the conference's states, 1 for the first, one more for every change (the
 *        board numbers them, in the order they happened), so that a client drops an older state
 *        arriving after a newer one
 */
public record ConferenceView(String id, String initiator, String controller, String origin, String address,
        boolean ended, List<ConferenceParticipant> participants, long seq) {

    public ConferenceView {
        Objects.requireNonNull(id, "id");
        participants = List.copyOf(participants);
    }

    /** A state not numbered yet (0): the board numbers it when it holds it. */
    public ConferenceView(String id, String initiator, String controller, String origin, String address,
            boolean ended, List<ConferenceParticipant> participants) {
        this(id, initiator, controller, origin, address, ended, participants, 0);
    }

    /** The same state with another number. */
    public ConferenceView numbered(long number) {
        return new ConferenceView(id, initiator, controller, origin, address, ended, participants, number);
    }
}
