package org.parley.presence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.presence.ConnectionStore;
import org.parley.presence.PresenceBus;
import org.parley.presence.PresenceChange;
import org.parley.presence.PresenceChanged;
import org.parley.presence.PresenceRules;
import org.parley.presence.PresenceStore;
import org.parley.presence.StatusUpdate;
import org.parley.presence.StoredPresence;

/**
 * Recomputes what others see of a person from what they chose and their open connections, under
 * the person's presence lock, and announces the result when it changed. Joins the caller's
 * transaction, or runs in its own.
 */
@Stateless
public class PresenceAggregator {

    @Inject
    PresenceStore store;

    @Inject
    ConnectionStore connections;

    @Inject
    PresenceBus bus;

    @Inject
    Event<PresenceChanged> changed;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    Clock clock = Clock.systemUTC();

    /** Applies a person's own status change, then recomputes. */
    public StoredPresence choose(String user, StatusUpdate update) {
        var locked = store.lock(user);
        var chosen = new StoredPresence(update.availability(), locked.shown());
        return settle(chosen, update, true);
    }

    /** Recomputes after the person's connections changed. */
    public StoredPresence recompute(String user) {
        var locked = store.lock(user);
        return settle(locked, locked.details(), false);
    }

    private StoredPresence settle(StoredPresence current, StatusUpdate details, boolean detailsChanged) {
        var user = current.shown().user();
        var shown = PresenceRules.shown(current.chosen(), connections.ofUser(user));
        var old = current.shown();
        boolean same = shown == old.availability() && old.message().equals(details.message())
                && old.location().equals(details.location()) && old.timeZone().equals(details.timeZone());
        if (same && !detailsChanged) {
            return current;
        }
        var next = current.show(shown, details, now());
        store.save(next);
        if (!same) {
            bus.publish(new PresenceChange(next.shown(), serverId));
            changed.fire(new PresenceChanged(old, next.shown()));
        }
        return next;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
