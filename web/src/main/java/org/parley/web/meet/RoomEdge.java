package org.parley.web.meet;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Directory;
import org.parley.error.ParleyException;
import org.parley.meetings.Attendee;
import org.parley.meetings.JoinResult;
import org.parley.meetings.RoomService;
import org.parley.presence.PresenceService;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;
import org.parley.web.ws.Outbox;
import org.parley.web.ws.Senders;

/**
 * What both room endpoints do with a connection: hold it until its {@code join}, join it (a
 * directory user as themself, a guest under the name they give, into the waiting room), hand
 * every later message to the room service, answer each refusal with an {@code error} naming the
 * message's type, and leave the room when the connection goes. A directory user's room
 * connection counts towards their presence like any other client.
 */
@ApplicationScoped
public class RoomEdge {

    private static final Logger LOG = Logger.getLogger(RoomEdge.class.getName());

    /** Close code for a join that was refused (wrong password, locked, removed, unknown meeting). */
    static final int CLOSE_REFUSED = 4403;

    @Inject
    RoomConnections connections;

    @Inject
    RoomService rooms;

    @EJB
    PresenceService presence;

    @Inject
    Directory directory;

    @Inject
    @ConfigProperty(name = "parley.ws.outboxCapacity", defaultValue = "1000")
    int outboxCapacity;

    @Inject
    Senders senders;

    @Inject
    @ConfigProperty(name = "parley.ws.idleTimeoutSeconds", defaultValue = "90")
    int idleTimeoutSeconds;

    private final Map<String, RoomClient> bySession = new ConcurrentHashMap<>();

    void opened(Session session, String meeting, String user) {
        session.setMaxIdleTimeout(idleTimeoutSeconds * 1000L);
        var client = new RoomClient(session, meeting, UUID.randomUUID().toString(), new Outbox(session, outboxCapacity, senders.executor()));
        bySession.put(session.getId(), client);
        if (user != null) {
            try {
                presence.attach(user, client.connection);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not count the room connection of " + user + " towards presence", e);
            }
        }
    }

    void message(Session session, String text, String user) {
        var client = bySession.get(session.getId());
        if (client == null) {
            return;
        }
        String about = null;
        try {
            var message = RoomProtocol.decode(text);
            if (message instanceof RoomProtocol.Ping ping) {
                client.outbox.send(RoomProtocol.pong(ping.id()));
            } else if (message instanceof RoomProtocol.Join join) {
                about = "join";
                join(client, join, user);
            } else if (message instanceof RoomProtocol.Command command) {
                about = command.type();
                var who = client.who();
                if (who == null || client.stage() != RoomClient.Stage.IN) {
                    throw new ParleyException.Forbidden("Join the meeting first");
                }
                rooms.handle(client.meeting, who.id(), RoomProtocol.command(command));
            }
        } catch (ParleyException e) {
            var problem = Problem.of(e);
            ProblemJson.log(problem, null);
            client.outbox.send(RoomProtocol.error(problem, about));
            if ("join".equals(about)) {
                RoomConnections.close(client, CLOSE_REFUSED, e.getMessage().length() > 100 ? "Refused" : e.getMessage());
            }
        } catch (RuntimeException e) {
            var problem = Problem.of("internal", "Internal error", 500,
                    "The server failed to handle the message; quote the instance id to an administrator");
            ProblemJson.log(problem, e);
            client.outbox.send(RoomProtocol.error(problem, about));
        }
    }

    private void join(RoomClient client, RoomProtocol.Join join, String user) {
        if (client.who() != null) {
            throw new ParleyException.Conflict("already-joined", "This connection already joined");
        }
        var who = user != null ? Attendee.user(user, directory.find(user).map(p -> p.displayName()).orElse(user))
                : Attendee.guest(join.name());
        client.joining(who);
        connections.add(client);
        JoinResult result;
        try {
            result = rooms.join(client.meeting, who, client.connection, join.password());
        } catch (RuntimeException e) {
            connections.remove(client);
            client.gone();
            throw e;
        }
        if (result instanceof JoinResult.Joined joined) {
            client.in(joined.seq(), RoomProtocol.state(joined.state(), idleTimeoutSeconds));
        } else if (result instanceof JoinResult.Waiting waiting) {
            client.waiting();
            client.outbox.send(RoomProtocol.waiting(waiting.participant()));
        }
    }

    void closed(Session session, String user) {
        var client = bySession.remove(session.getId());
        if (client == null) {
            return;
        }
        connections.remove(client);
        var who = client.who();
        client.gone();
        if (who != null && client.entered()) {
            try {
                rooms.leave(client.meeting, who.id(), client.connection);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record that " + who.id() + " left meeting " + client.meeting, e);
            }
        }
        if (user != null) {
            try {
                presence.detach(client.connection);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not remove the room connection of " + user, e);
            }
        }
    }

    static void tooBig(Session session, int max) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG, "Messages are at most " + max + " characters"));
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "Closing a connection failed", e);
        }
    }
}
