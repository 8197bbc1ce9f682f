package org.parley.presence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;


/**
 * The presence changes that reach this server, handed to every edge that registered a listener.
 * Thread safety: listeners live in a copy-on-write list (registrations are rare, deliveries many),
 * so delivery takes no lock; a failing listener is logged and never stops the others.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PresenceFanout {

    private static final Logger LOG = Logger.getLogger(PresenceFanout.class.getName());

    private final List<PresenceListener> listeners = new CopyOnWriteArrayList<>();

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

    /** Delivers a change that arrived on this server to every registered listener. */
    public void deliver(PresenceChange change) {
        for (var listener : listeners) {
            try {
                listener.onChange(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A presence listener failed for " + change.presence().user(), e);
            }
        }
    }
}
