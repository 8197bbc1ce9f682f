package org.parley.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

/**
 * The user events that reach this server, handed to every registered listener.
 * Thread safety: a copy-on-write list of listeners (registrations are rare); delivery takes no
 * lock; a failing listener is logged and never stops the others.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class UserEventFanout {

    private static final Logger LOG = Logger.getLogger(UserEventFanout.class.getName());

    private final List<UserEventListener> listeners = new CopyOnWriteArrayList<>();

    public void register(UserEventListener listener) {
        listeners.add(listener);
    }

    public void unregister(UserEventListener listener) {
        listeners.remove(listener);
    }

    /** Delivers an event that arrived on this server to every registered listener. */
    public void deliver(UserEvent event) {
        for (var listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A user event listener failed on a '" + event.type() + "' event", e);
            }
        }
    }
}
