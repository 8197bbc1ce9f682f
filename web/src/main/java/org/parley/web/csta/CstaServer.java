package org.parley.web.csta;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;


/**
 * The CSTA edge's TCP listener ({@code parley.csta.*}, loopback by default): accepts at most
 * {@code parley.csta.maxConnections} applications (one more is closed at once) and gives each
 * its {@link CstaConnection} and a session served by the {@link CstaGateway}. Thread safety:
 * the connections are a concurrent set; one accepting thread.
 */
@ApplicationScoped
public class CstaServer {

    private static final Logger LOG = Logger.getLogger(CstaServer.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    CstaGateway gateway;

    @Inject
    CstaConfig config;

    private final Set<CstaConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!config.enabled()) {
            return;
        }
        try {
            listener = new ServerSocket(config.port(), config.maxConnections(), InetAddress.getByName(config.host()));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "CSTA edge cannot listen on " + config.host() + ":" + config.port(), e);
            return;
        }
        var acceptor = threads.newThread(this::accept);
        acceptor.setName("parley-csta-accept");
        acceptor.start();
        LOG.log(Level.INFO, "CSTA edge listening on {0}:{1}", new Object[] {config.host(), Integer.toString(config.port())});
    }

    private void accept() {
        var limits = new CstaConnection.Limits(config.maxMessageBytes(), config.loginSeconds() * 1000,
                config.idleSeconds() * 1000);
        while (listener != null && !listener.isClosed()) {
            try {
                var socket = listener.accept();
                if (connections.size() >= config.maxConnections()) {
                    LOG.log(Level.WARNING, "CSTA connection from {0} refused: {1} open", new Object[] {
                            socket.getRemoteSocketAddress(), connections.size()});
                    socket.close();
                    continue;
                }
                var source = socket.getInetAddress().getHostAddress();
                var connection = new CstaConnection(socket, limits, events -> new CstaSession(gateway, source, events),
                        this::closed);
                connections.add(connection);
                gateway.opened(connection.session());
                connection.start(threads);
            } catch (SocketException e) {
                LOG.log(Level.FINE, "CSTA listener closed: {0}", e.toString());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "CSTA accept failed", e);
            }
        }
    }

    private void closed(CstaConnection connection) {
        connections.remove(connection);
        try {
            gateway.closed(connection.session());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "CSTA session not forgotten (the application stops): {0}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        var open = listener;
        listener = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "CSTA listener close: {0}", e.toString());
            }
        }
        Set.copyOf(connections).forEach(CstaConnection::close);
    }
}
