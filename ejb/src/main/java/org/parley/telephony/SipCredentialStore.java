package org.parley.telephony;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** HA1 hashes of SIP passwords, per user, realm and algorithm. */
public interface SipCredentialStore {

    /** Replaces every hash of the user by these, for one realm. */
    void replace(String user, String realm, Map<DigestAlgorithm, String> ha1s, Instant changed);

    void removeAll(String user);

    Optional<String> ha1(String user, String realm, DigestAlgorithm algorithm);

    /** When the user's hashes for the realm were set, empty when there are none. */
    Optional<Instant> changed(String user, String realm);
}
