package org.parley.sip.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class NonceCountsTest {

    private final NonceCounts counts = new NonceCounts(Duration.ofMinutes(5), 1000);
    private final long now = 1_000_000L;

    private boolean use(String nonce, long nc) {
        return counts.firstUse(nonce, now, String.format("%08x", nc), now);
    }

    @Test
    void risingCountsShouldEachBeTakenOnce() {
        assertTrue(use("n", 1));
        assertTrue(use("n", 2));
        assertTrue(use("n", 3));
        assertFalse(use("n", 3));
        assertFalse(use("n", 1));
    }

    @Test
    void aLateRequestShouldBeTakenOnceWithinTheWindow() {
        assertTrue(use("n", 1));
        assertTrue(use("n", 5));
        assertTrue(use("n", 3));
        assertFalse(use("n", 3));
        assertTrue(use("n", 2));
        assertTrue(use("n", 4));
        assertFalse(use("n", 4));
        assertFalse(use("n", 5));
    }

    @Test
    void aCountTooFarBehindShouldBeRefused() {
        assertTrue(use("n", 1));
        assertTrue(use("n", 100));
        assertFalse(use("n", 100 - NonceCounts.WINDOW - 1));
        assertTrue(use("n", 100 - NonceCounts.WINDOW));
        assertFalse(use("n", 100 - NonceCounts.WINDOW));
    }

    @Test
    void aJumpOfExactlyTheWindowShouldStillRememberTheOldHighest() {
        assertTrue(use("n", 1));
        assertTrue(use("n", 1 + NonceCounts.WINDOW));
        assertFalse(use("n", 1));
    }

    @Test
    void noncesShouldCountApart() {
        assertTrue(use("a", 1));
        assertTrue(use("b", 1));
        assertFalse(use("a", 1));
    }

    @Test
    void malformedCountsShouldBeRefused() {
        assertFalse(counts.firstUse("n", now, "zz", now));
        assertFalse(counts.firstUse("n", now, null, now));
        assertFalse(counts.firstUse("n", now, "000000000", now));
        assertFalse(counts.firstUse("n", now, "00000000", now));
    }

    @Test
    void staleNoncesShouldBeForgotten() {
        counts.firstUse("old", now - Duration.ofMinutes(6).toMillis(), "00000001", now);
        counts.firstUse("new", now, "00000001", now);
        counts.prune(now);
        assertEquals(1, counts.size());
    }

    @Test
    void noncesShouldRefuseAReplayedAnswer() {
        var nonces = new Nonces(Duration.ofMinutes(5));
        var at = Instant.now();
        var nonce = nonces.issue(at);
        assertEquals(Nonces.Check.VALID, nonces.check(nonce, at));
        assertTrue(nonces.firstUse(nonce, "c1", "00000001", at));
        assertFalse(nonces.firstUse(nonce, "c1", "00000001", at));
        assertTrue(nonces.firstUse(nonce, "c2", "00000001", at));
    }
}
