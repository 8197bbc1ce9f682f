package org.parley.web.ws;

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

import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.presence.PresenceService;
import org.parley.presence.StatusUpdate;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/**
 * The WebSocket endpoint of protocol version 1. The handshake is authenticated like any other
 * request; a bad message gets an error answer and the connection goes on.
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

    @OnOpen
    public void open(Session session) {
        connections.opened(session);
        connections.send(session, Protocol.hello(user(session)).toString());
    }

    @OnMessage(maxMessageSize = CONTAINER_LIMIT_BYTES)
    public void message(Session session, String text) {
        if (text.length() > MAX_MESSAGE_CHARS) {
            tooBig(session);
            return;
        }
        try {
            handle(session, Protocol.decode(text));
        } catch (ParleyException e) {
            reply(session, Problem.of(e), null);
        } catch (RuntimeException e) {
            var problem = Problem.of("internal", "Internal error", 500,
                    "The server failed to handle the message; quote the instance id to an administrator");
            ProblemJson.log(problem, e);
            connections.send(session, Protocol.error(problem, null).toString());
        }
    }

    private void handle(Session session, Protocol.ClientMessage message) {
        if (message instanceof Protocol.Watch watch) {
            for (var user : watch.users()) {
                watchOne(session, user);
            }
        } else if (message instanceof Protocol.SetStatus set) {
            presence.update(user(session), StatusUpdate.of(set.status(), set.message()));
        } else if (message instanceof Protocol.Ping ping) {
            connections.send(session, Protocol.pong(ping.id()).toString());
        }
    }

    private void watchOne(Session session, String user) {
        try {
            var current = presence.current(UserIds.requireValid(user));
            connections.watch(session, user);
            connections.send(session, Protocol.presence(current).toString());
        } catch (ParleyException e) {
            reply(session, Problem.of(e), user);
        }
    }

    private void reply(Session session, Problem problem, String user) {
        ProblemJson.log(problem, null);
        connections.send(session, Protocol.error(problem, user).toString());
    }

    private static void tooBig(Session session) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG,
                    "Messages are at most " + MAX_MESSAGE_CHARS + " characters"));
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "Closing after an oversized message failed", e);
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        connections.closed(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "WebSocket error on " + session.getId(), failure);
    }

    private static String user(Session session) {
        return session.getUserPrincipal().getName();
    }
}
