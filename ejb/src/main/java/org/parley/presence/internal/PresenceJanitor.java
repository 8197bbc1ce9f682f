package org.parley.presence.internal;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.presence.ConnectionStore;

/** The transactional chores of presence housekeeping that touch no one's presence: heartbeats. */
@Stateless
public class PresenceJanitor {

    @Inject
    ConnectionStore connections;

    /** Records the server's heartbeat; false when the server was not known (new, or forgotten by another). */
    public boolean heartbeat(String serverId, Instant now) {
        return connections.heartbeat(serverId, now);
    }

    public List<String> silentSince(Instant cutoff) {
        return connections.silentSince(cutoff);
    }
}
