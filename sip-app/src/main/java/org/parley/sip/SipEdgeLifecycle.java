package org.parley.sip;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the SIP edge with the server and stops it with the server. A bad configuration value or a
 * port that cannot be bound is logged as one clear SEVERE line and leaves the edge stopped; it does
 * not fail the deployment.
 *
 * <p>Bean-managed concurrency: the container lock would serialize every {@link #isRunning()} health
 * probe behind a slow start or stop. Instead the only mutable field, {@code edge}, is volatile and
 * written only in the lifecycle callbacks, and {@link SipEdge} is itself thread-safe.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SipEdgeLifecycle {

    /** The JAIN-SIP stack name of the server's edge. */
    static final String STACK_NAME = "parley-sip";
    /** How often expired subscriptions and publications are dropped. */
    static final int SWEEP_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(SipEdgeLifecycle.class.getName());

    @Inject
    @ConfigProperty(name = "parley.sip.enabled", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "parley.sip.host", defaultValue = SipEdgeConfig.DEFAULT_HOST)
    private String host;

    /** Read as text so that a non-number is reported here, not as a deployment failure. */
    @Inject
    @ConfigProperty(name = "parley.sip.port", defaultValue = "5060")
    private String port;

    @Inject
    @ConfigProperty(name = "parley.sip.transports", defaultValue = "udp,tcp")
    private String transports;

    @Inject
    @Any
    Instance<SipFeature> features;

    @Resource
    TimerService timers;

    private volatile SipEdge edge;
    private volatile List<SipFeature> running = List.of();

    /** For the container. */
    public SipEdgeLifecycle() {
        // fields are injected
    }

    /** For tests outside a container. */
    SipEdgeLifecycle(boolean enabled, String host, String port, String transports) {
        this.enabled = enabled;
        this.host = host;
        this.port = port;
        this.transports = transports;
    }

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("SIP edge disabled by parley.sip.enabled=false");
            return;
        }
        readConfig().ifPresent(this::startEdge);
    }

    private Optional<SipEdgeConfig> readConfig() {
        try {
            return Optional.of(new SipEdgeConfig(host, SipEdgeConfig.parsePort(port),
                    SipEdgeConfig.parseTransports(transports), STACK_NAME));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "SIP edge not started, invalid configuration: {0}."
                    + " Check parley.sip.host, parley.sip.port and parley.sip.transports.", e.getMessage());
            return Optional.empty();
        }
    }

    private void startEdge(SipEdgeConfig config) {
        var found = features == null ? List.<SipFeature>of() : features.stream().toList();
        var outbound = new SipOutbound();
        var handlers = new ArrayList<SipRequestHandler>();
        found.forEach(feature -> handlers.addAll(feature.handlers(outbound)));
        var candidate = new SipEdge(config, handlers, outbound);
        try {
            candidate.start();
            edge = candidate;
            running = found;
            found.forEach(SipFeature::started);
            if (timers != null) {
                long every = Duration.ofSeconds(SWEEP_SECONDS).toMillis();
                timers.createIntervalTimer(every, every, new TimerConfig("sip-soft-state", false));
            }
            LOG.log(Level.INFO, "SIP edge listening on {0} port {1,number,#} over {2}",
                    new Object[] {config.host(), config.port(), config.transports()});
        } catch (SipEdgeException e) {
            LOG.log(Level.SEVERE, "SIP edge not started: {0}", e.getMessage());
            LOG.log(Level.FINE, "SIP edge start failure", e);
        }
    }

    /** Lets every feature drop its expired soft state (subscriptions, publications). */
    @Timeout
    void sweep() {
        for (var feature : running) {
            try {
                feature.sweep();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SIP sweep failed; the next one retries", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        for (var feature : running) {
            try {
                feature.stopped();
            } catch (RuntimeException e) {
                // the services it unregisters from may already be stopping with the application
                LOG.log(Level.FINE, "SIP feature stop: {0}", e.toString());
            }
        }
        running = List.of();
        var listening = edge;
        if (listening != null) {
            edge = null;
            listening.stop();
            LOG.info("SIP edge stopped");
        }
    }

    /** Whether the SIP edge is meant to run at all (parley.sip.enabled). */
    public boolean isEnabled() {
        return enabled;
    }

    /** Whether the SIP edge is listening, for health checks. */
    public boolean isRunning() {
        var running = edge;
        return running != null && running.isRunning();
    }
}
