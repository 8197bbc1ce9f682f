package org.parley.presence.internal;

import java.util.List;
import java.util.Optional;

import org.parley.presence.Presence;
import org.parley.presence.StoredPresence;

/**
 * What one batch of presence changes came to.
 *
 * @param outcomes one per change, in the order given
 * @param changes what others now see, for every person whose shown presence changed, in order
 */
record Settled(List<Outcome> outcomes, List<Presence> changes) {

    /**
     * What one change came to.
     *
     * @param presence the person's presence after the batch; empty when the change named a
     *                 connection that no longer exists
     * @param removedConnections how many connections it removed
     */
    record Outcome(Optional<StoredPresence> presence, int removedConnections) {
    }
}
