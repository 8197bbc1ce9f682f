package org.parley.presence;

/**
 * What others see of one person, before and after a stored change (delivered to other features
 * of this server within a {@link PresenceChanges} event).
 *
 * @param before what others saw
 * @param after what they see now
 */
public record PresenceChanged(Presence before, Presence after) {
}
