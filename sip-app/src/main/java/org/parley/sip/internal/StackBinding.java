package org.parley.sip.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TooManyListenersException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import org.parley.sip.SipEdgeConfig;
import org.parley.sip.SipEdgeException;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;

/**
 * A started NIST stack: one listening point and one provider per transport, all sharing one listener.
 * Opened and closed by one thread at a time (the owning {@code SipEdge} synchronizes); only
 * {@link #endpoints()}, an immutable list behind a volatile field, is read from other threads.
 */
public final class StackBinding {

    private static final Logger LOG = Logger.getLogger(StackBinding.class.getName());
    private static final String NIST_PATH = "gov.nist";

    private final SipStack stack;
    private final SipListener listener;
    private final List<ListeningPoint> listeningPoints = new ArrayList<>();
    private final List<SipProvider> providers = new ArrayList<>();
    private volatile List<String> endpoints = List.of();

    private StackBinding(SipStack stack, SipListener listener) {
        this.stack = stack;
        this.listener = listener;
    }

    /**
     * Creates the stack and binds every configured transport; on any failure releases what was
     * bound and throws {@link SipEdgeException} naming the address that failed.
     */
    public static StackBinding open(SipEdgeConfig config, List<SipRequestHandler> handlers) {
        var factory = SipFactory.getInstance();
        factory.setPathName(NIST_PATH);
        StackBinding binding;
        try {
            var properties = StackProperties.forStack(config.stackName());
            if (config.transports().contains("tls")) {
                config.tls().addTo(properties);
            }
            var stack = factory.createSipStack(properties);
            var responder = new SipResponder(factory.createMessageFactory(), factory.createHeaderFactory());
            binding = new StackBinding(stack, SipDispatcher.withHandlers(handlers, responder));
        } catch (SipException e) {
            throw new SipEdgeException("Cannot create SIP stack '" + config.stackName() + "': " + e.getMessage(), e);
        }
        binding.bindAll(config);
        return binding;
    }

    private void bindAll(SipEdgeConfig config) {
        for (var transport : config.transports()) {
            try {
                var point = stack.createListeningPoint(config.host(), config.portOf(transport), transport);
                listeningPoints.add(point);
                var provider = stack.createSipProvider(point);
                providers.add(provider);
                provider.addSipListener(listener);
            } catch (SipException | InvalidArgumentException | TooManyListenersException | RuntimeException e) {
                close();
                throw new SipEdgeException("Cannot listen for SIP on " + transport + " " + config.host() + ":"
                        + config.portOf(transport) + ": " + describe(e), e);
            }
        }
        startStack();
        endpoints = listeningPoints.stream()
                .map(p -> p.getTransport().toLowerCase(Locale.ROOT) + " " + p.getIPAddress() + ":" + p.getPort())
                .toList();
    }

    private void startStack() {
        try {
            stack.start();
        } catch (SipException e) {
            close();
            throw new SipEdgeException("Cannot start SIP stack: " + describe(e), e);
        }
    }

    /** The innermost cause's message, e.g. "Address already in use". */
    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    /**
     * Detaches the listener, deletes the listening points (closing their sockets) and stops the stack,
     * which discards its providers; never throws. {@code SipStack.deleteSipProvider} is not called:
     * deleting the last provider runs the NIST {@code stopStack()}, which sleeps one second, and
     * {@code stop()} runs it (and its sleep) again; {@code stop()} alone also stops the event scanner.
     */
    public void close() {
        for (var provider : providers) {
            provider.removeSipListener(listener);
        }
        for (var point : listeningPoints) {
            try {
                stack.deleteListeningPoint(point);
            } catch (SipException | RuntimeException e) {
                LOG.log(Level.FINE, "SIP listening point already released: {0}", e.toString());
            }
        }
        providers.clear();
        listeningPoints.clear();
        StackShutdown.stop(stack);
    }

    /** The providers by lower-case transport, for requests the edge originates. */
    public Map<String, SipProvider> providersByTransport() {
        var byTransport = new HashMap<String, SipProvider>();
        for (var provider : providers) {
            byTransport.put(provider.getListeningPoint().getTransport().toLowerCase(Locale.ROOT), provider);
        }
        return Map.copyOf(byTransport);
    }

    /** The bound endpoints, e.g. {@code udp 127.0.0.1:5060}; safe to read from any thread. */
    public List<String> endpoints() {
        return endpoints;
    }
}
