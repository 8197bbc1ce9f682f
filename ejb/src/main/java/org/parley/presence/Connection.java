package org.parley.presence;

import java.time.Instant;

/**
 * One open connection of a person to one server.
 *
 * @param id unique among all connections
 * @param user whose connection it is
 * @param serverId the server it is open on
 * @param opened when it opened
 * @param idle whether the client has been idle past the idle time
 */
public record Connection(String id, String user, String serverId, Instant opened, boolean idle) {
}
