package org.parley.sip.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class NoncesTest {

    private final Nonces nonces = new Nonces(Duration.ofMinutes(5));

    @Test
    void aFreshNonceShouldBeValidThenStale() {
        var now = Instant.parse("2026-12-01T10:00:00Z");
        var nonce = nonces.issue(now);
        assertEquals(Nonces.Check.VALID, nonces.check(nonce, now.plusSeconds(299)));
        assertEquals(Nonces.Check.STALE, nonces.check(nonce, now.plusSeconds(301)));
    }

    @Test
    void aForgedOrGarbledNonceShouldBeInvalid() {
        var now = Instant.now();
        var nonce = nonces.issue(now);
        assertEquals(Nonces.Check.INVALID, new Nonces(Duration.ofMinutes(5)).check(nonce, now), "another key");
        assertEquals(Nonces.Check.INVALID, nonces.check("1a2b." + "0".repeat(32), now));
        assertEquals(Nonces.Check.INVALID, nonces.check("no-dot-here", now));
        assertEquals(Nonces.Check.INVALID, nonces.check(null, now));
        assertEquals(Nonces.Check.INVALID, nonces.check("zz." + nonce.substring(nonce.indexOf('.') + 1), now));
    }
}
