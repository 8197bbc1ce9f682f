package org.parley.presence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.directory.Directory;
import org.parley.directory.Person;
import org.parley.error.ParleyException;
import org.parley.presence.Availability;
import org.parley.presence.InMemoryPresenceStore;
import org.parley.presence.PresenceChange;
import org.parley.presence.StatusUpdate;

class PresenceServiceBeanTest {

    private final List<PresenceChange> published = new ArrayList<>();
    private final PresenceServiceBean service = new PresenceServiceBean();

    @BeforeEach
    void wire() {
        service.store = new InMemoryPresenceStore();
        service.bus = published::add;
        service.directory = new Directory() {
            @Override
            public Optional<Person> find(String uid) {
                return Set.of("alice", "bob").contains(uid)
                        ? Optional.of(new Person(uid, uid, uid + "@parley.example", "", "")) : Optional.empty();
            }

            @Override
            public Set<String> groupsOf(String uid) {
                return Set.of();
            }
        };
        service.serverId = "test-1";
        service.clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00.123456Z"), ZoneOffset.UTC);
    }

    @Test
    void updateShouldStoreAndPublishTheChangeWithThisServerAsOrigin() {
        var saved = service.update("alice", StatusUpdate.of("away", "lunch"));
        assertEquals(Availability.AWAY, saved.availability());
        assertEquals(Instant.parse("2026-11-24T10:00:00.123Z"), saved.since(), "server time, to the millisecond");
        assertEquals(saved, service.current("alice"));
        assertEquals(List.of(new PresenceChange(saved, "test-1")), published);
    }

    @Test
    void someoneWhoNeverSetAStatusShouldBeOffline() {
        var p = service.current("bob");
        assertEquals(Availability.OFFLINE, p.availability());
        assertEquals("", p.message());
    }

    @Test
    void unknownUserShouldBeNotFoundAndNothingPublished() {
        assertThrows(ParleyException.NotFound.class, () -> service.current("mallory"));
        assertThrows(ParleyException.NotFound.class, () -> service.update("mallory", StatusUpdate.of("away", "")));
        assertTrue(published.isEmpty());
    }
}
