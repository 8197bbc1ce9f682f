package org.parley.presence;

/**
 * The event published when a person's presence changes; carried between servers.
 *
 * @param presence the new presence
 * @param origin the id of the server on which the change was made
 */
public record PresenceChange(Presence presence, String origin) {
}
