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
 * A guest's connection to a meeting room: public by design (guests are not in the directory).
 * A guest gives a name (and the meeting's password when it has one) and waits until a
 * moderator admits them; until then they receive nothing of the room.
 */
@ServerEndpoint("/guest/v1/meetings/{meeting}")
@Dependent
public class GuestSocket {

    private static final Logger LOG = Logger.getLogger(GuestSocket.class.getName());

    @Inject
    RoomEdge edge;

    @OnOpen
    public void open(Session session, @PathParam("meeting") String meeting) {
        edge.opened(session, meeting, null);
    }

    @OnMessage(maxMessageSize = 4L * MeetingSocket.MAX_MESSAGE_CHARS)
    public void message(Session session, String text) {
        if (text.length() > MeetingSocket.MAX_MESSAGE_CHARS) {
            RoomEdge.tooBig(session, MeetingSocket.MAX_MESSAGE_CHARS);
            return;
        }
        edge.message(session, text, null);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        edge.closed(session, null);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "Guest WebSocket error on " + session.getId(), failure);
    }
}
