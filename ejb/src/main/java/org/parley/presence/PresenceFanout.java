package org.parley.presence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The presence changes that reach this server, handed to every edge that registered a listener,
 * and the newest presence of each person they carried ({@link #latest()}). A change older than
 * one already delivered for the same person (changes may arrive out of order on the topic's
 * concurrent sessions) is dropped, so no watcher is ever sent a step back.
 * <p>Thread safety: listeners live in a copy-on-write list (registrations are rare, deliveries
 * many), so delivery takes no lock; {@link LatestPresence} is lock-free; a failing listener is
 * logged and never stops the others.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PresenceFanout {

    private static final Logger LOG = Logger.getLogger(PresenceFanout.class.getName());

    private final List<PresenceListener> listeners = new CopyOnWriteArrayList<>();

    @Inject
    @ConfigProperty(name = "parley.presence.freshSeconds", defaultValue = "60")
    int freshSeconds = 60;

    private LatestPresence latest = new LatestPresence(60_000, System::currentTimeMillis);

    @PostConstruct
    void start() {
        latest = new LatestPresence(freshSeconds * 1000L, System::currentTimeMillis);
    }

    /** The newest presence this server knows of each person (shown presence, before privacy). */
    public LatestPresence latest() {
        return latest;
    }

    public void register(PresenceListener listener) {
        listeners.add(listener);
    }

    /** Registers a listener that must hear of changes before the others (a cache to evict). */
    public void registerFirst(PresenceListener listener) {
        listeners.add(0, listener);
    }

    public void unregister(PresenceListener listener) {
        listeners.remove(listener);
    }

    /** Delivers a privacy change that arrived on this server to every registered listener. */
    public void privacyChanged(String owner) {
        for (var listener : listeners) {
            try {
                listener.onPrivacyChange(owner);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A presence listener failed on the privacy change of " + owner, e);
            }
        }
    }

    /** Delivers changes that arrived on this server, in order, to every registered listener. */
    public void deliver(List<PresenceChange> changes) {
        changes.forEach(this::deliver);
    }

    /** Delivers a change that arrived on this server to every registered listener, unless it is stale. */
    public void deliver(PresenceChange change) {
        if (!latest.heard(change.presence())) {
            return;
        }
        for (var listener : listeners) {
            try {
                listener.onChange(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A presence listener failed for " + change.presence().user(), e);
            }
        }
    }
}
