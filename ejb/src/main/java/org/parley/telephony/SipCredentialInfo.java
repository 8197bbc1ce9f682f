package org.parley.telephony;

import java.time.Instant;
import java.util.List;

/**
 * Whether a user has a SIP password, and for what.
 *
 * @param user the directory user
 * @param provisioned whether a SIP password is set
 * @param realm the realm its hashes are for
 * @param algorithms the digest algorithms stored, strongest first
 * @param changed when it was last set, null when never
 */
public record SipCredentialInfo(String user, boolean provisioned, String realm, List<DigestAlgorithm> algorithms,
        Instant changed) {

    public SipCredentialInfo {
        algorithms = List.copyOf(algorithms);
    }
}
