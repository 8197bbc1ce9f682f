package org.parley.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parley.privacy.PrivacySettings;
import org.parley.privacy.Visibility;

class PrivacyCacheTest {

    private static final PrivacySettings OLD = PrivacySettings.open();
    private static final PrivacySettings NEW = new PrivacySettings(Visibility.EXCEPT, Set.of("carol"), Set.of(), 1);

    @Test
    void secondReadShouldComeFromTheCache() {
        var cache = new PrivacyCache(10);
        var loads = new AtomicInteger();
        cache.get("dave", o -> { loads.incrementAndGet(); return OLD; });
        cache.get("dave", o -> { loads.incrementAndGet(); return OLD; });
        assertEquals(1, loads.get());
    }

    @Test
    void evictionShouldMakeTheNextReadLoadAgain() {
        var cache = new PrivacyCache(10);
        cache.get("dave", o -> OLD);
        cache.evict("dave");
        assertEquals(NEW, cache.get("dave", o -> NEW));
    }

    @Test
    void readRacingAnEvictionShouldNotKeepTheStaleValue() {
        var cache = new PrivacyCache(10);
        // The load reads the old lists; meanwhile the change commits and its eviction arrives.
        var stale = cache.get("dave", o -> {
            cache.evict("dave");
            return OLD;
        });
        assertEquals(OLD, stale, "the racing reader gets what it read");
        assertEquals(NEW, cache.get("dave", o -> NEW), "but it was not kept");
    }
}
