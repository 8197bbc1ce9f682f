package org.parley.alerts;

import java.util.List;

/** Sets, lists and removes the caller's alerts; fired alerts stay listed until removed. */
public interface AlertService {

    /** The most alerts one person may have. */
    int MAX_PER_USER = 200;

    /**
     * Sets an alert; setting the same one again returns the one already set.
     *
     * @throws org.parley.error.ParleyException.NotFound when the target is not a directory user
     * @throws org.parley.error.ParleyException.Invalid beyond {@link #MAX_PER_USER}
     */
    Alert add(String watcher, String target, AlertKind kind);

    List<Alert> list(String watcher);

    /**
     * Removes an alert (used or no longer wanted).
     *
     * @throws org.parley.error.ParleyException.NotFound when the caller has no such alert
     */
    void remove(String watcher, long id);
}
