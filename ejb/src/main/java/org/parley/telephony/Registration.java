package org.parley.telephony;

import java.time.Instant;
import java.util.Objects;

/**
 * One binding of the registrar: a device (contact address) where a user can be reached.
 *
 * @param id stable id of the binding, derived from user and contact
 * @param user the directory user
 * @param contact the device's contact URI as it registered it
 * @param callId the Call-ID of the REGISTER that made or refreshed it
 * @param cseq that REGISTER's sequence number
 * @param expires when it ends unless refreshed
 * @param userAgent the device's User-Agent, empty when not given
 * @param serverId the server it registered through, whose presence connection it holds
 */
public record Registration(String id, String user, String contact, String callId, long cseq, Instant expires,
        String userAgent, String serverId) {

    public Registration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(expires, "expires");
        callId = callId == null ? "" : callId;
        userAgent = userAgent == null ? "" : userAgent;
        serverId = serverId == null ? "" : serverId;
    }

    /** Seconds left at {@code now}, never negative. */
    public long secondsLeft(Instant now) {
        return Math.max(0, expires.getEpochSecond() - now.getEpochSecond());
    }

    /** The presence connection id the binding holds while it lasts. */
    public String connectionId() {
        return "sip-" + id;
    }
}
