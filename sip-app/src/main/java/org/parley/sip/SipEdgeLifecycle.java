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

    /**
     * Read as text so that a non-number is reported here, not as a deployment failure. (Settings
     * that may be empty are Optional: MicroProfile Config takes an empty value as missing.)
     */
    @Inject
    @ConfigProperty(name = "parley.sip.port", defaultValue = "5060")
    private String port;

    @Inject
    @ConfigProperty(name = "parley.sip.transports", defaultValue = "udp,tcp")
    private String transports;

    @Inject
    @ConfigProperty(name = "parley.sip.tlsPort", defaultValue = "5061")
    private String tlsPort;

    @Inject
    @ConfigProperty(name = "parley.sip.tls.keyStore")
    private Optional<String> keyStore = Optional.empty();

    /** A secret: never logged. */
    @Inject
    @ConfigProperty(name = "parley.sip.tls.keyStorePassword")
    private Optional<String> keyStorePassword = Optional.empty();

    @Inject
    @ConfigProperty(name = "parley.sip.tls.trustStore")
    private Optional<String> trustStore = Optional.empty();

    /** A secret: never logged. */
    @Inject
    @ConfigProperty(name = "parley.sip.tls.trustStorePassword")
    private Optional<String> trustStorePassword = Optional.empty();

    @Inject
    @ConfigProperty(name = "parley.sip.trunk.transport", defaultValue = SipEdgeConfig.DEFAULT_TRUNK_TRANSPORT)
    private String trunkTransport;

    @Inject
    @ConfigProperty(name = "parley.sip.trunk.uri")
    private Optional<String> trunkUri = Optional.empty();

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
        this(enabled, host, port, transports, Tls.NONE, SipEdgeConfig.DEFAULT_TRUNK_TRANSPORT);
    }

    /** For tests outside a container, with TLS settings and the trunk's transport. */
    SipEdgeLifecycle(boolean enabled, String host, String port, String transports, Tls tls, String trunkTransport) {
        this.enabled = enabled;
        this.host = host;
        this.port = port;
        this.transports = transports;
        this.tlsPort = tls.port();
        this.keyStore = Optional.of(tls.keyStore());
        this.keyStorePassword = Optional.of(tls.keyStorePassword());
        this.trustStore = Optional.of(tls.trustStore());
        this.trustStorePassword = Optional.of(tls.trustStorePassword());
        this.trunkTransport = trunkTransport;
    }

    /** The TLS variables as configured, for tests. */
    record Tls(String port, String keyStore, String keyStorePassword, String trustStore, String trustStorePassword) {

        static final Tls NONE = new Tls(Integer.toString(SipEdgeConfig.DEFAULT_TLS_PORT), "", "", "", "");
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
            var listening = SipEdgeConfig.parseTransports(transports);
            var keys = listening.contains("tls")
                    ? SipTls.of(keyStore.orElse(""), keyStorePassword.orElse(""), trustStore.orElse(""),
                            trustStorePassword.orElse("")) : null;
            return Optional.of(new SipEdgeConfig(host, SipEdgeConfig.parsePort(port), listening, STACK_NAME,
                    SipEdgeConfig.parsePort("parley.sip.tlsPort", tlsPort), keys, trunkTransport));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "SIP edge not started, invalid configuration: {0}. Check parley.sip.host,"
                    + " parley.sip.port, parley.sip.transports, parley.sip.tlsPort, parley.sip.tls.*"
                    + " and parley.sip.trunk.transport.", e.getMessage());
            return Optional.empty();
        }
    }

    private void startEdge(SipEdgeConfig config) {
        var found = features == null ? List.<SipFeature>of() : features.stream().toList();
        var outbound = new SipOutbound(TrunkHop.of(trunkUri.orElse(""), config.trunkTransport()));
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
            LOG.log(Level.INFO, "SIP edge listening on {0} port {1,number,#} over {2}{3}",
                    new Object[] {config.host(), config.port(), config.transports(), tlsNote(config)});
        } catch (SipEdgeException e) {
            LOG.log(Level.SEVERE, "SIP edge not started: {0}", e.getMessage());
            LOG.log(Level.FINE, "SIP edge start failure", e);
        }
    }

    /** What the start line says of TLS: nothing without it. */
    private static String tlsNote(SipEdgeConfig config) {
        return config.tls() == null ? "" : "; TLS on port " + config.tlsPort() + ", trunk over " + config.trunkTransport();
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
