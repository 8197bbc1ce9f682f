package org.parley.presence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every open connection of every server, and each server's heartbeat, shared by all servers. */
public interface ConnectionStore {

    void add(Connection connection);

    Optional<Connection> remove(String id);

    Optional<Connection> find(String id);

    List<Connection> ofUser(String user);

    void setIdle(String id, boolean idle);

    /** Removes every connection of the server and returns them. */
    List<Connection> removeAllOf(String serverId);

    /** Records that the server is alive now. */
    void heartbeat(String serverId, Instant now);

    /** The servers whose last heartbeat is older than the cut-off (they are gone). */
    List<String> silentSince(Instant cutoff);

    /** Forgets a server that is gone. */
    void forget(String serverId);
}
