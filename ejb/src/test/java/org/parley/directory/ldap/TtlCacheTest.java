package org.parley.directory.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

class TtlCacheTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-24T00:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        loads.incrementAndGet();
        return key.toUpperCase();
    }

    @Test
    void repeatedLookUpsWithinTheTimeShouldLoadOnce() {
        var cache = new TtlCache<String, String>(60_000, 10, clock);
        assertEquals("BOB", cache.get("bob", this::load));
        assertEquals("BOB", cache.get("bob", this::load));
        assertEquals(1, loads.get());
    }

    @Test
    void expiredEntryShouldLoadAgain() {
        var cache = new TtlCache<String, String>(60_000, 10, clock);
        cache.get("bob", this::load);
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        cache.get("bob", this::load);
        assertEquals(2, loads.get());
    }

    @Test
    void failedLoadShouldNotBeCached() {
        var cache = new TtlCache<String, String>(60_000, 10, clock);
        assertThrows(IllegalStateException.class, () -> cache.get("bob", k -> { throw new IllegalStateException("down"); }));
        assertEquals("BOB", cache.get("bob", this::load));
    }

    @Test
    void zeroTimeShouldNeverCache() {
        var cache = new TtlCache<String, String>(0, 10, clock);
        cache.get("bob", this::load);
        cache.get("bob", this::load);
        assertEquals(2, loads.get());
    }

    @Test
    void expiredEntryShouldBeServedWhileTheDirectoryIsUnavailable() {
        var cache = new TtlCache<String, String>(60_000, 10, clock);
        cache.get("bob", this::load);
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertEquals("BOB", cache.get("bob", k -> { throw new ParleyException.Unavailable("down"); }));
        assertThrows(ParleyException.Unavailable.class,
                () -> cache.get("carol", k -> { throw new ParleyException.Unavailable("down"); }));
    }

    @Test
    void hitsAndMissesShouldBeCounted() {
        var cache = new TtlCache<String, String>(60_000, 10, clock);
        cache.get("bob", this::load);
        cache.get("bob", this::load);
        cache.get("bob", this::load);
        assertEquals(2, cache.hits());
        assertEquals(1, cache.misses());
    }
}
