package org.parley.presence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Directory;
import org.parley.error.ParleyException;
import org.parley.presence.Presence;
import org.parley.presence.PresenceBus;
import org.parley.presence.PresenceChange;
import org.parley.presence.PresenceService;
import org.parley.presence.PresenceStore;
import org.parley.presence.StatusUpdate;

/**
 * Presence as a transactional service: a change is stored and published in one transaction, so
 * watchers on every server hear of exactly the changes that were stored.
 */
@Stateless
@Local(PresenceService.class)
public class PresenceServiceBean implements PresenceService {

    @Inject
    PresenceStore store;

    @Inject
    PresenceBus bus;

    @Inject
    Directory directory;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    Clock clock = Clock.systemUTC();

    @Override
    public Presence current(String user) {
        requireKnown(user);
        return store.find(user).orElseGet(() -> Presence.offline(user));
    }

    @Override
    public Presence update(String user, StatusUpdate update) {
        requireKnown(user);
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        var saved = store.save(new Presence(user, update.availability(), update.message(), now));
        bus.publish(new PresenceChange(saved, serverId));
        return saved;
    }

    private void requireKnown(String user) {
        if (!directory.exists(user)) {
            throw new ParleyException.NotFound("No user '" + user + "' in the directory");
        }
    }
}
