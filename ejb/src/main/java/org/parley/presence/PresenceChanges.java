package org.parley.presence;

import java.util.List;

/**
 * Fired once per stored batch of presence changes (as a CDI event, inside the transaction that
 * stores them), so that other features of this server can act on every change of the batch in
 * the same transaction with one look-up rather than one per change.
 *
 * @param changes what others saw and see now, one entry per person whose presence changed
 */
public record PresenceChanges(List<PresenceChanged> changes) {

    public PresenceChanges {
        changes = List.copyOf(changes);
    }
}
