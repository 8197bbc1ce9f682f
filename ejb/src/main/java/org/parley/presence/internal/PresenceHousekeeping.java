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
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.error.ParleyException;

/**
 * Keeps presence true without anyone saying goodbye. One timer per server (never one per
 * connection) does three things each round: records this server's heartbeat; forgets the
 * connections of servers whose heartbeat stopped (a crashed server leaves no ghosts); and marks
 * this server's connections idle when their clients reported no activity for the idle time,
 * which shows an available person as away. Client activity is tracked in memory here; only the
 * rare idle/active flips touch the database.
 * <p>Thread safety: a concurrent map of per-connection records with volatile fields; bean-managed
 * concurrency.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceHousekeeping {

    private static final Logger LOG = Logger.getLogger(PresenceHousekeeping.class.getName());

    /** One connection's client activity. */
    private static final class Activity {
        volatile Instant lastActive = Instant.now();
        volatile boolean idle;
    }

    @EJB
    PresenceJanitor janitor;

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

    @PostConstruct
    void start() {
        long interval = Duration.ofSeconds(heartbeatSeconds).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("presence-housekeeping", false));
        try {
            janitor.heartbeat(serverId, Instant.now());
            int leftovers = janitor.forgetConnectionsOf(serverId, false);
            if (leftovers > 0) {
                LOG.log(Level.INFO, "Removed {0} connections left by this server''s previous run", leftovers);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Presence housekeeping could not start; connections this server left behind"
                    + " stay until it can reach the database", e);
        }
    }

    public void opened(String connectionId) {
        local.put(connectionId, new Activity());
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
            janitor.setIdle(connectionId, idle);
        }
    }

    @Timeout
    void round() {
        try {
            var now = Instant.now();
            janitor.heartbeat(serverId, now);
            forgetSilentServers(now);
            markIdle(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Presence housekeeping round failed; the next round retries", e);
        }
    }

    private void forgetSilentServers(Instant now) {
        for (var silent : janitor.silentSince(now.minusSeconds(serverTimeoutSeconds))) {
            if (!silent.equals(serverId)) {
                int removed = janitor.forgetConnectionsOf(silent, true);
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
        for (var id : becameIdle) {
            janitor.setIdle(id, true);
        }
    }
}
