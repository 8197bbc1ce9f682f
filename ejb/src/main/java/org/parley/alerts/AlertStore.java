package org.parley.alerts;

import java.util.List;
import java.util.Optional;

import org.parley.presence.Presence;

/** Where alerts are kept until they are used or removed. */
public interface AlertStore {

    Alert add(String watcher, String target, AlertKind kind);

    List<Alert> ofWatcher(String watcher);

    /** The alerts on a person that have not fired yet, locked for firing. */
    List<Alert> waitingOn(String target);

    Optional<Alert> find(long id);

    void markFired(long id, Presence presence);

    boolean remove(long id);
}
