package org.parley.web.ws;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

/**
 * One connection's outgoing messages, sent one at a time in order (the container refuses a send
 * while another is in flight). Bounded: a client that stops reading is disconnected rather than
 * allowed to hold memory. Thread safety: all state is guarded by this object's monitor; the send
 * itself runs outside it.
 */
final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** Close code for a client that does not read its messages. */
    static final int CLOSE_TOO_SLOW = 4008;

    private final Session session;
    private final int capacity;
    private final Queue<String> queue = new ArrayDeque<>();
    private boolean sending;

    Outbox(Session session, int capacity) {
        this.session = session;
        this.capacity = capacity;
    }

    void send(String text) {
        synchronized (this) {
            if (queue.size() >= capacity) {
                overflow();
                return;
            }
            queue.add(text);
            if (sending) {
                return;
            }
            sending = true;
        }
        sendNext();
    }

    private void sendNext() {
        String next;
        synchronized (this) {
            next = queue.poll();
            if (next == null) {
                sending = false;
                return;
            }
        }
        try {
            session.getAsyncRemote().sendText(next, this::sent);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Send to a closing connection failed", e);
            synchronized (this) {
                queue.clear();
                sending = false;
            }
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            LOG.log(Level.FINE, "A send failed", result.getException());
            synchronized (this) {
                queue.clear();
                sending = false;
            }
            return;
        }
        sendNext();
    }

    private void overflow() {
        queue.clear();
        try {
            session.close(new CloseReason(() -> CLOSE_TOO_SLOW, "Too many unread messages"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a slow connection failed", e);
        }
    }
}
