package org.parley.presence;

/**
 * Fired (as a CDI event, inside the transaction that stores it) when what others see of a
 * person changes, so that other features of this server can act on it in the same transaction.
 *
 * @param before what others saw
 * @param after what they see now
 */
public record PresenceChanged(Presence before, Presence after) {
}
