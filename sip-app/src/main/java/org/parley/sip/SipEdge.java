package org.parley.sip;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sip.internal.StackBinding;

/**
 * The SIP edge: a NIST JAIN-SIP stack listening on the configured host, port and transports, whose
 * requests go to {@link SipRequestHandler}s by method. Works inside or outside a container.
 * Thread-safe: start and stop are synchronized and the running binding is published through a
 * volatile field, so {@link #isRunning()} needs no lock.
 */
public final class SipEdge {

    private static final Logger LOG = Logger.getLogger(SipEdge.class.getName());

    private final SipEdgeConfig config;
    private final List<SipRequestHandler> handlers;
    private final SipOutbound outbound;
    private volatile StackBinding binding;

    /** An edge that answers OPTIONS and CANCEL, and 501 to every other method. */
    public SipEdge(SipEdgeConfig config) {
        this(config, List.of());
    }

    /** An edge with extra handlers; each replaces any built-in handler for its method. */
    public SipEdge(SipEdgeConfig config, List<SipRequestHandler> handlers) {
        this(config, handlers, new SipOutbound());
    }

    /** An edge with extra handlers and the outbound sender they use, bound while the edge runs. */
    public SipEdge(SipEdgeConfig config, List<SipRequestHandler> handlers, SipOutbound outbound) {
        this.config = config;
        this.handlers = List.copyOf(handlers);
        this.outbound = outbound;
    }

    /**
     * Binds every transport and starts the stack; does nothing if already running.
     *
     * @throws SipEdgeException if a port cannot be bound or the stack cannot start; nothing stays bound
     */
    public synchronized void start() {
        if (binding == null) {
            binding = StackBinding.open(config, handlers);
            outbound.bind(binding.providersByTransport());
            LOG.log(Level.FINE, "SIP edge {0} started on {1}", new Object[] {config.stackName(), binding.endpoints()});
        }
    }

    /** Releases every port and stops the stack; does nothing if not running. */
    public synchronized void stop() {
        var running = binding;
        if (running != null) {
            binding = null;
            outbound.unbind();
            running.close();
            LOG.log(Level.FINE, "SIP edge {0} stopped", config.stackName());
        }
    }

    /** Whether the edge is listening, for health checks. */
    public boolean isRunning() {
        return binding != null;
    }

    /** The bound endpoints such as {@code udp 127.0.0.1:5060}; empty when stopped. */
    public List<String> endpoints() {
        var running = binding;
        return running == null ? List.of() : running.endpoints();
    }

    /** The configuration this edge was made with. */
    public SipEdgeConfig config() {
        return config;
    }
}
