package org.parley.web.meet;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/**
 * A signed-in person's connection to a meeting room (docs/meetings-protocol.md). The handshake
 * is authenticated like every request under /ws.
 */
@ServerEndpoint("/ws/v1/meetings/{meeting}")
@Dependent
public class MeetingSocket {

    private static final Logger LOG = Logger.getLogger(MeetingSocket.class.getName());

    /** The largest message accepted, in characters (a long freehand stroke, an SDP offer). */
    static final int MAX_MESSAGE_CHARS = 65_536;

    @Inject
    RoomEdge edge;

    @OnOpen
    public void open(Session session, @PathParam("meeting") String meeting) {
        edge.opened(session, meeting, session.getUserPrincipal().getName());
    }

    @OnMessage(maxMessageSize = 4L * MAX_MESSAGE_CHARS)
    public void message(Session session, String text) {
        if (text.length() > MAX_MESSAGE_CHARS) {
            RoomEdge.tooBig(session, MAX_MESSAGE_CHARS);
            return;
        }
        edge.message(session, text, session.getUserPrincipal().getName());
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        edge.closed(session, session.getUserPrincipal().getName());
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "Meeting WebSocket error on " + session.getId(), failure);
    }
}
