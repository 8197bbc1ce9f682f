package org.parley.web.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable per-session tokens that a browser repeats to prove a request came from Parley's own page. */
final class CsrfTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    static String next() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
