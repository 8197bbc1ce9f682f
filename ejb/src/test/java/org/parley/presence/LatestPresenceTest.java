package org.parley.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LatestPresenceTest {

    private long now = 1_000_000;
    private final LatestPresence latest = new LatestPresence(60_000, () -> now);

    private static Presence bob(long revision, Availability availability) {
        return new Presence("bob", availability, "", "", "", Instant.EPOCH, revision);
    }

    @Test
    void changesShouldBeNewsOnlyWhenNewerThanWhatWasDelivered() {
        assertTrue(latest.heard(bob(3, Availability.AWAY)));
        assertFalse(latest.heard(bob(2, Availability.AVAILABLE)), "a late older change is stale");
        assertFalse(latest.heard(bob(3, Availability.AWAY)), "a copy is stale");
        assertTrue(latest.heard(bob(4, Availability.DO_NOT_DISTURB)));
        assertEquals(Map.of("bob", bob(4, Availability.DO_NOT_DISTURB)), latest.fresh(List.of("bob")));
    }

    @Test
    void aReadShouldNotMakeTheChangeOfTheSameRevisionStale() {
        latest.read(bob(5, Availability.AWAY));
        assertFalse(latest.heard(bob(4, Availability.AVAILABLE)), "older than what was read");
        assertTrue(latest.heard(bob(5, Availability.AWAY)), "watchers that were already there still hear it");
    }

    @Test
    void anOlderReadShouldNotReplaceANewerChange() {
        latest.heard(bob(7, Availability.AWAY));
        latest.read(bob(6, Availability.AVAILABLE));
        assertEquals(bob(7, Availability.AWAY), latest.fresh(List.of("bob")).get("bob"));
    }

    @Test
    void entriesShouldNotBeServedPastTheFreshnessLimit() {
        latest.heard(bob(1, Availability.AWAY));
        now += 61_000;
        assertEquals(Map.of(), latest.fresh(List.of("bob")));
        latest.read(bob(1, Availability.AWAY));
        assertEquals(1, latest.fresh(List.of("bob", "carol")).size());
    }
}
