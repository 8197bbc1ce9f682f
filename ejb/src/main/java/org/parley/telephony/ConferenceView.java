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
 */
public record ConferenceView(String id, String initiator, String controller, String origin, String address,
        boolean ended, List<ConferenceParticipant> participants) {

    public ConferenceView {
        Objects.requireNonNull(id, "id");
        participants = List.copyOf(participants);
    }
}
