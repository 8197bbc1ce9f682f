package org.parley.web.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.presence.PresenceService;
import org.parley.presence.StatusUpdate;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/**
 * The WebSocket endpoint of protocol version 1. The handshake is authenticated like any other
 * request; each connection counts towards its person's presence until it closes or falls
 * silent past the idle timeout; a bad message gets an error answer and the connection goes on.
 */
@ServerEndpoint("/ws/v1")
@Dependent
public class ClientSocket {

    private static final Logger LOG = Logger.getLogger(ClientSocket.class.getName());

    /** The largest client message accepted, in characters; a larger one closes the connection (1009). */
    static final int MAX_MESSAGE_CHARS = 16_384;

    /** What the container reads at most before handing a message over; beyond it the container drops it. */
    static final int CONTAINER_LIMIT_BYTES = 4 * MAX_MESSAGE_CHARS;

    @Inject
    Connections connections;

    @EJB
    PresenceService presence;

    @Inject
    ChatEdge chat;

    @Inject
    @ConfigProperty(name = "parley.ws.idleTimeoutSeconds", defaultValue = "90")
    int idleTimeoutSeconds;

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(idleTimeoutSeconds * 1000L);
        var user = session.getUserPrincipal().getName();
        var client = connections.opened(session, user, UUID.randomUUID().toString());
        try {
            presence.attach(user, client.connectionId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the connection of " + user + "; closing it so the client retries", e);
            closeQuietly(session, CloseReason.CloseCodes.TRY_AGAIN_LATER, "Presence is unavailable; reconnect later");
            return;
        }
        // After the attach: a client that has its hello counts towards its user's presence.
        connections.send(session, Protocol.hello(user, idleTimeoutSeconds).toString());
        chat.opened(client);
    }

    @OnMessage(maxMessageSize = CONTAINER_LIMIT_BYTES)
    public void message(Session session, String text) {
        if (text.length() > MAX_MESSAGE_CHARS) {
            tooBig(session);
            return;
        }
        try {
            handle(session, connections.client(session), Protocol.decode(text));
        } catch (ParleyException e) {
            reply(session, Problem.of(e), null);
        } catch (RuntimeException e) {
            var problem = Problem.of("internal", "Internal error", 500,
                    "The server failed to handle the message; quote the instance id to an administrator");
            ProblemJson.log(problem, e);
            connections.send(session, Protocol.error(problem, null).toString());
        }
    }

    private void handle(Session session, Connections.Client client, Protocol.ClientMessage message) {
        if (message instanceof Protocol.Watch watch) {
            watchAll(session, client.user(), watch.users());
        } else if (message instanceof Protocol.SetStatus set) {
            presence.update(client.user(), StatusUpdate.of(set.status(), set.message(), set.location(), set.timeZone()));
        } else if (message instanceof Protocol.Activity activity) {
            presence.activity(client.connectionId(), activity.idle());
        } else if (message instanceof Protocol.Ping ping) {
            connections.send(session, Protocol.pong(ping.id()).toString());
        } else if (message instanceof Protocol.Chat command) {
            chat.handle(client, command);
        }
    }

    /** Starts watching people: one look-up for all of them; each unknown or malformed id gets its own error. */
    private void watchAll(Session session, String viewer, List<String> users) {
        var valid = new ArrayList<String>(users.size());
        for (var user : users) {
            try {
                valid.add(UserIds.requireValid(user));
            } catch (ParleyException e) {
                reply(session, Problem.of(e), user);
            }
        }
        // Watch first, then read: a change stored meanwhile is pushed, and whichever of the two
        // is older is not sent after the newer (Connections.sendPresence).
        valid.forEach(user -> connections.watch(session, user));
        var found = presence.current(viewer, valid);
        var client = connections.client(session);
        for (var user : valid) {
            var current = found.get(user);
            if (current == null) {
                connections.unwatch(session, user);
                reply(session, Problem.of(new ParleyException.NotFound("No user '" + user + "' in the directory")), user);
            } else if (client != null) {
                connections.sendPresence(client, current, Connections.Send.ANSWER);
            }
        }
    }

    private void reply(Session session, Problem problem, String user) {
        ProblemJson.log(problem, null);
        connections.send(session, Protocol.error(problem, user).toString());
    }

    private static void tooBig(Session session) {
        closeQuietly(session, CloseReason.CloseCodes.TOO_BIG, "Messages are at most " + MAX_MESSAGE_CHARS + " characters");
    }

    private static void closeQuietly(Session session, CloseReason.CloseCode code, String reason) {
        try {
            session.close(new CloseReason(code, reason));
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "Closing a connection failed", e);
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        var client = connections.closed(session);
        if (client != null) {
            chat.closed(client);
            try {
                presence.detach(client.connectionId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not remove the connection of " + client.user()
                        + "; housekeeping will when this server restarts", e);
            }
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "WebSocket error on " + session.getId(), failure);
    }
}
