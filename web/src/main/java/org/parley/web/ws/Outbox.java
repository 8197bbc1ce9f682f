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
 * itself runs outside it. Public for the meeting room's endpoint, which queues the same way.
 */
public final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** Close code for a client that does not read its messages. */
    public static final int CLOSE_TOO_SLOW = 4008;

    private final Session session;
    private final int capacity;
    /** A message waiting to be sent, and what to run once it was written (or null). */
    private record Pending(String text, Runnable onWritten) {
    }

    private final Queue<Pending> queue = new ArrayDeque<>();
    private Runnable inFlight;
    private boolean sending;

    public Outbox(Session session, int capacity) {
        this.session = session;
        this.capacity = capacity;
    }

    public void send(String text) {
        send(text, null);
    }

    /** Queues a message; {@code onWritten} runs once the container wrote it to the connection. */
    void send(String text, Runnable onWritten) {
        synchronized (this) {
            if (queue.size() >= capacity) {
                overflow();
                return;
            }
            queue.add(new Pending(text, onWritten));
            if (sending) {
                return;
            }
            sending = true;
        }
        sendNext();
    }

    private void sendNext() {
        Pending next;
        synchronized (this) {
            // A connection that is closing gets nothing more: the container's close waits for the
            // write in flight, and feeding it write after write kept closes (and the threads
            // handling them) waiting until the whole pool was stuck.
            if (!session.isOpen()) {
                queue.clear();
                sending = false;
                inFlight = null;
                return;
            }
            next = queue.poll();
            if (next == null) {
                sending = false;
                inFlight = null;
                return;
            }
            inFlight = next.onWritten();
        }
        try {
            session.getAsyncRemote().sendText(next.text(), this::sent);
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
        Runnable written;
        synchronized (this) {
            written = inFlight;
        }
        if (written != null) {
            try {
                written.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An after-send action failed", e);
            }
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
