package org.parley.alerts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.presence.Presence;

/** Where alerts are kept until they are used or removed. */
public interface AlertStore {

    Alert add(String watcher, String target, AlertKind kind);

    List<Alert> ofWatcher(String watcher);

    /** The alerts on any of the people that have not fired yet, in the order they were made. */
    List<Alert> waitingOn(Collection<String> targets);

    Optional<Alert> find(long id);

    void markFired(long id, Presence presence);

    boolean remove(long id);
}
