package org.parley.meetings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

/**
 * The meeting events that reach this server, handed to every registered listener. Thread
 * safety: a copy-on-write list of listeners; delivery takes no lock; a failing listener is
 * logged and never stops the others.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MeetingFanout {

    private static final Logger LOG = Logger.getLogger(MeetingFanout.class.getName());

    private final List<MeetingListener> listeners = new CopyOnWriteArrayList<>();

    public void register(MeetingListener listener) {
        listeners.add(listener);
    }

    public void unregister(MeetingListener listener) {
        listeners.remove(listener);
    }

    public void deliver(MeetingEvent event) {
        for (var listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A meeting listener failed on a '" + event.type() + "' event", e);
            }
        }
    }
}
