package org.parley.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void messagesOlderThanTheRetentionShouldGo() {
        assertEquals(Optional.of(Instant.parse("2026-10-25T12:00:00Z")), new RetentionPolicy(30).messagesBefore(NOW));
    }

    @Test
    void zeroShouldKeepEverythingForEver() {
        assertEquals(Optional.empty(), new RetentionPolicy(0).messagesBefore(NOW));
        assertEquals(Optional.empty(), new RetentionPolicy(0).announcementsBefore(NOW));
        assertEquals(Optional.empty(), new RetentionPolicy(-1).messagesBefore(NOW));
    }

    @Test
    void announcementsShouldStayForTheirListingWeekWhateverTheRetention() {
        assertEquals(Optional.of(Instant.parse("2026-11-17T12:00:00Z")), new RetentionPolicy(1).announcementsBefore(NOW));
        assertEquals(Optional.of(Instant.parse("2026-10-25T12:00:00Z")), new RetentionPolicy(30).announcementsBefore(NOW));
    }
}
