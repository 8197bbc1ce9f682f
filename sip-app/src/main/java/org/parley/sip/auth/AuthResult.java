package org.parley.sip.auth;

/** What digest authentication made of a request. */
public sealed interface AuthResult {

    /** The request proves the user's SIP password. */
    record Authenticated(String user) implements AuthResult {
    }

    /** No credentials, wrong ones or a stale nonce: answer 401 with a fresh challenge. */
    record Challenge(boolean stale) implements AuthResult {
    }
}
