package org.parley.sip;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
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

    private volatile SipEdge edge;

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
        var candidate = new SipEdge(config);
        try {
            candidate.start();
            edge = candidate;
            LOG.log(Level.INFO, "SIP edge listening on {0} port {1,number,#} over {2}",
                    new Object[] {config.host(), config.port(), config.transports()});
        } catch (SipEdgeException e) {
            LOG.log(Level.SEVERE, "SIP edge not started: {0}", e.getMessage());
            LOG.log(Level.FINE, "SIP edge start failure", e);
        }
    }

    @PreDestroy
    void stop() {
        var running = edge;
        if (running != null) {
            edge = null;
            running.stop();
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
