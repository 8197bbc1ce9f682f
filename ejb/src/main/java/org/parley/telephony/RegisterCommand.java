package org.parley.telephony;

import java.util.List;
import java.util.Objects;

/**
 * One REGISTER request, decoded by the SIP edge (RFC 3261 section 10.3).
 *
 * @param callId its Call-ID
 * @param cseq its CSeq number
 * @param contacts the contacts to add, refresh or remove (expires 0); empty for a query
 * @param removeAll whether it is {@code Contact: *} with {@code Expires: 0}
 * @param userAgent its User-Agent, empty when none
 */
public record RegisterCommand(String callId, long cseq, List<ContactRequest> contacts, boolean removeAll,
        String userAgent) {

    public RegisterCommand {
        Objects.requireNonNull(callId, "callId");
        contacts = List.copyOf(contacts);
        userAgent = userAgent == null ? "" : userAgent;
    }
}
