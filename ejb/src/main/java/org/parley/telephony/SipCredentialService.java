package org.parley.telephony;

import java.util.Optional;

/**
 * The SIP password of a directory user. A person sets and rotates it themselves (their phone
 * cannot use their directory password: digest authentication needs a secret the server can hash
 * per realm). Only HA1 hashes are stored, one per realm and algorithm, never the password.
 */
public interface SipCredentialService {

    /**
     * Sets or replaces the user's SIP password.
     *
     * @throws org.parley.error.ParleyException.Invalid when the password breaks the rules
     * @throws org.parley.error.ParleyException.NotFound when the user is not in the directory
     */
    SipCredentialInfo setPassword(String user, String password);

    /** Removes the user's SIP password and every registration made with it. */
    void remove(String user);

    /** What is known about the user's SIP password (never the password or a hash). */
    SipCredentialInfo info(String user);

    /** The stored HA1 for digest authentication, empty when the user has no SIP password for the realm. */
    Optional<String> ha1(String user, String realm, DigestAlgorithm algorithm);

    /** The realm phones authenticate in. */
    String realm();
}
