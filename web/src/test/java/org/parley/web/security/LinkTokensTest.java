package org.parley.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LinkTokensTest {

    private static final byte[] KEY = new byte[32];
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static LinkTokens at(Instant now, byte[] key) {
        return new LinkTokens(key, Duration.ofMinutes(5), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenShouldNameItsUserUntilItEnds() {
        var token = at(NOW, KEY).issue("carol");
        assertEquals(Optional.of("carol"), at(NOW.plusSeconds(299), KEY).verify(token));
        assertEquals(Optional.empty(), at(NOW.plusSeconds(301), KEY).verify(token), "ended");
    }

    @Test
    void aTokenOfAnotherKeyOrChangedInAnyWayShouldBeRefused() {
        var token = at(NOW, KEY).issue("carol");
        var other = new byte[32];
        Arrays.fill(other, (byte) 7);
        assertTrue(at(NOW, other).verify(token).isEmpty(), "another server's key");
        var forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("alice|9999999999".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        assertTrue(at(NOW, KEY).verify(forged).isEmpty(), "another user with carol's signature");
        for (var bad : new String[] {null, "", ".", "abc", "abc.def", token + "x", "x".repeat(600)}) {
            assertTrue(at(NOW, KEY).verify(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void aShortKeyShouldNotBeAccepted() {
        assertThrows(IllegalArgumentException.class, () -> at(NOW, new byte[16]));
    }
}
