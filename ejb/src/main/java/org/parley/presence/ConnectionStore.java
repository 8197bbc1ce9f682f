package org.parley.presence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every open connection of every server, and each server's heartbeat, shared by all servers. */
public interface ConnectionStore {

    void add(Connection connection);

    Optional<Connection> remove(String id);

    Optional<Connection> find(String id);

    List<Connection> ofUser(String user);

    /** The open connections of each of the users that has any, by user. */
    Map<String, List<Connection>> ofUsers(Collection<String> users);

    /** The connections of one server opened before the cut-off. */
    List<Connection> ofServer(String serverId, Instant openedBefore);

    void setIdle(String id, boolean idle);

    /** Removes every connection of the server opened before the cut-off and returns them. */
    List<Connection> removeAllOf(String serverId, Instant openedBefore);

    /**
     * Records that the server is alive now.
     *
     * @return whether the server was known; false when it is new, or when another server had
     *         taken it for gone and forgotten it (with its connections)
     */
    boolean heartbeat(String serverId, Instant now);

    /** The servers whose last heartbeat is older than the cut-off (they are gone). */
    List<String> silentSince(Instant cutoff);

    /** Forgets a server that is gone. */
    void forget(String serverId);
}
