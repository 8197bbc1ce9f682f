package org.parley.presence.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.presence.Connection;
import org.parley.presence.ConnectionStore;

/**
 * The transactional chores of presence housekeeping: heartbeats, forgetting servers that went
 * silent with their connections (no ghost "online" people), and idle flags.
 */
@Stateless
public class PresenceJanitor {

    @Inject
    ConnectionStore connections;

    @EJB
    PresenceAggregator aggregator;

    public void heartbeat(String serverId, Instant now) {
        connections.heartbeat(serverId, now);
    }

    public List<String> silentSince(Instant cutoff) {
        return connections.silentSince(cutoff);
    }

    /** Removes every connection of a server and recomputes the presence of their people. */
    public int forgetConnectionsOf(String serverId, boolean forgetServer) {
        var removed = connections.removeAllOf(serverId);
        if (forgetServer) {
            connections.forget(serverId);
        }
        var users = new LinkedHashSet<String>();
        removed.stream().map(Connection::user).forEach(users::add);
        users.forEach(aggregator::recompute);
        return removed.size();
    }

    /** Marks a connection idle or active and recomputes its person's presence. */
    public void setIdle(String connectionId, boolean idle) {
        connections.setIdle(connectionId, idle);
        connections.find(connectionId).ifPresent(c -> aggregator.recompute(c.user()));
    }
}
