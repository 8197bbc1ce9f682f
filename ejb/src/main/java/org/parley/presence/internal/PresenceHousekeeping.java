package org.parley.presence.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.error.ParleyException;
import org.parley.presence.Connection;

/**
 * Keeps presence true without anyone saying goodbye. One timer per server (never one per
 * connection) does three things each round: records this server's heartbeat (and, should
 * another server have taken this one for gone, stores its open connections again); forgets the
 * connections of servers whose heartbeat stopped (a crashed server leaves no ghosts); and marks
 * this server's connections idle when their clients reported no activity for the idle time,
 * which shows an available person as away. Its first round removes what this server's previous
 * run left behind. Client activity is tracked in memory here; only the
 * rare idle/active flips touch the database.
 * <p>Thread safety: a concurrent map of per-connection records with volatile fields; bean-managed
 * concurrency.
 */
@Singleton
@Startup
@DependsOn("PresenceWriter")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceHousekeeping {

    private static final Logger LOG = Logger.getLogger(PresenceHousekeeping.class.getName());

    /** One connection's client activity, and the connection itself (to restore it if others forgot it). */
    private static final class Activity {
        final Connection connection;
        volatile Instant lastActive = Instant.now();
        volatile boolean idle;

        Activity(Connection connection) {
            this.connection = connection;
        }
    }

    @EJB
    PresenceJanitor janitor;

    @EJB
    PresenceWriter writer;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    @Inject
    @ConfigProperty(name = "parley.presence.heartbeatSeconds", defaultValue = "10")
    int heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "parley.presence.serverTimeoutSeconds", defaultValue = "30")
    int serverTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "parley.presence.idleAwaySeconds", defaultValue = "600")
    int idleAwaySeconds;

    private final Map<String, Activity> local = new ConcurrentHashMap<>();

    /** When this run of the server started: connections of this server opened before are leftovers. */
    private Instant started;
    /** Whether the leftovers of this server's previous run are still to be removed (by the timer thread only). */
    private volatile boolean leftoversPending = true;

    @PostConstruct
    void start() {
        started = Instant.now();
        long interval = Duration.ofSeconds(heartbeatSeconds).toMillis();
        // The first round comes at once; it removes the previous run's leftovers (connections
        // opened before this run started), so none of this run's connections is touched.
        timers.createIntervalTimer(0, interval, new TimerConfig("presence-housekeeping", false));
    }

    public void opened(Connection connection) {
        local.put(connection.id(), new Activity(connection));
    }

    public void closed(String connectionId) {
        local.remove(connectionId);
    }

    /** A client's activity report; only a change between idle and active reaches the database. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void reported(String connectionId, boolean idle) {
        var activity = local.get(connectionId);
        if (activity == null) {
            throw new ParleyException.NotFound("No open connection " + connectionId + " on this server");
        }
        activity.lastActive = idle ? Instant.EPOCH : Instant.now();
        if (activity.idle != idle) {
            activity.idle = idle;
            writer.apply(new PresenceOp.SetIdle(connectionId, idle));
        }
    }

    @Timeout
    void round() {
        try {
            var now = Instant.now();
            boolean known = janitor.heartbeat(serverId, now);
            if (leftoversPending) {
                removeLeftovers();
            } else if (!known) {
                restoreConnections();
            }
            forgetSilentServers(now);
            markIdle(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Presence housekeeping round failed; the next round retries", e);
        }
    }

    private void forgetSilentServers(Instant now) {
        for (var silent : janitor.silentSince(now.minusSeconds(serverTimeoutSeconds))) {
            if (!silent.equals(serverId)) {
                int removed = forget(silent, now, true);
                LOG.log(Level.WARNING, "Server {0} stopped its heartbeat; removed its {1} connections",
                        new Object[] {silent, removed});
            }
        }
    }

    private void markIdle(Instant now) {
        var cutoff = now.minusSeconds(idleAwaySeconds);
        var becameIdle = new ArrayList<String>();
        local.forEach((id, activity) -> {
            if (!activity.idle && activity.lastActive.isBefore(cutoff)) {
                activity.idle = true;
                becameIdle.add(id);
            }
        });
        writer.applyAll(becameIdle.stream().<PresenceOp>map(id -> new PresenceOp.SetIdle(id, true)).toList());
    }

    /** Removes every connection of a server opened before the cut-off (and the server, when it is gone); returns how many. */
    private int forget(String server, Instant openedBefore, boolean forgetNode) {
        return writer.apply(new PresenceOp.ForgetServer(server, openedBefore, forgetNode)).removedConnections();
    }

    private void removeLeftovers() {
        int leftovers = forget(serverId, started, false);
        leftoversPending = false;
        if (leftovers > 0) {
            LOG.log(Level.INFO, "Removed {0} connections left by this server''s previous run", leftovers);
        }
    }

    /**
     * Another server took this one for gone (it was silent too long: a long pause, an overloaded
     * machine) and removed its connections, although they are open: store them again.
     */
    private void restoreConnections() {
        var open = local.values().stream().<PresenceOp>map(a -> new PresenceOp.Attach(a.connection)).toList();
        LOG.log(Level.WARNING, "Another server took this one for gone; restoring its {0} open connections", open.size());
        writer.applyAll(open);
        local.values().stream().filter(a -> a.idle)
                .forEach(a -> writer.apply(new PresenceOp.SetIdle(a.connection.id(), true)));
    }
}
