package org.parley.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What every presence store must do, whatever keeps the data. */
public interface PresenceStoreContract {

    /** A store with nothing in it. */
    PresenceStore emptyStore();

    /** Runs the work the way the store's callers do (for JPA: in a transaction). */
    default <T> T inWork(java.util.function.Supplier<T> work) {
        return work.get();
    }

    @Test
    default void unknownUserShouldHaveNoStoredPresence() {
        assertTrue(emptyStore().find("nobody").isEmpty());
    }

    @Test
    default void savedPresenceShouldBeFoundAsSaved() {
        var store = emptyStore();
        var p = new Presence("contract-a", Availability.AWAY, "lunch", Instant.parse("2026-01-02T03:04:05.678Z"));
        assertEquals(p, inWork(() -> store.save(p)));
        assertEquals(p, store.find("contract-a").orElseThrow());
    }

    @Test
    default void laterSaveShouldReplaceTheEarlierOne() {
        var store = emptyStore();
        inWork(() -> store.save(new Presence("contract-b", Availability.AWAY, "one", Instant.parse("2026-01-01T00:00:00Z"))));
        var second = new Presence("contract-b", Availability.DO_NOT_DISTURB, "two", Instant.parse("2026-01-01T00:01:00Z"));
        inWork(() -> store.save(second));
        assertEquals(second, store.find("contract-b").orElseThrow());
    }
}
