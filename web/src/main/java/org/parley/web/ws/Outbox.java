package org.parley.web.ws;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

/**
 * One connection's outgoing messages, sent one at a time in order by Parley's own sender threads
 * ({@link Senders}) with blocking writes. A connection takes turns of at most {@value #TURN}
 * messages, so one busy connection does not hold a sender from the others. Bounded: a client that
 * stops reading is disconnected rather than allowed to hold memory. Thread safety: all state is
 * guarded by this object's monitor; the write itself runs outside it, on a sender thread. Public
 * for the meeting room's endpoint, which queues the same way.
 */
public final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** Close code for a client that does not read its messages. */
    public static final int CLOSE_TOO_SLOW = 4008;

    /** The most messages one connection writes before the next connection's turn. */
    static final int TURN = 32;

    private final Session session;
    private final int capacity;
    private final Executor senders;

    /** A message waiting to be sent and what to run once it was written (or null), or a close (text null). */
    private record Pending(String text, Runnable onWritten, CloseReason close) {
    }

    private final Queue<Pending> queue = new ArrayDeque<>();
    /** Whether a turn is queued or running for this connection. */
    private boolean scheduled;
    private boolean closed;

    public Outbox(Session session, int capacity, Executor senders) {
        this.session = session;
        this.capacity = capacity;
        this.senders = senders;
    }

    public void send(String text) {
        send(text, null);
    }

    /** Queues a message; {@code onWritten} runs once it was written to the connection. */
    void send(String text, Runnable onWritten) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (queue.size() >= capacity) {
                // The unsent messages are dropped, and the close waits only for the write in
                // flight, on a sender thread: the caller (a fan-out to many connections) never
                // waits for a slow one.
                queue.clear();
                enqueue(new Pending(null, null, new CloseReason(() -> CLOSE_TOO_SLOW, "Too many unread messages")));
                return;
            }
            enqueue(new Pending(text, onWritten, null));
        }
    }

    /**
     * Closes the connection once the messages queued before are written (an error, then the
     * close that explains it), on a sender thread; nothing queued later is sent.
     */
    public void close(CloseReason reason) {
        synchronized (this) {
            if (!closed) {
                enqueue(new Pending(null, null, reason));
            }
        }
    }

    /** Queues under this object's monitor; a close ends what the connection accepts. */
    private void enqueue(Pending pending) {
        queue.add(pending);
        closed = pending.close() != null;
        if (!scheduled) {
            scheduled = true;
            senders.execute(this::turn);
        }
    }

    /** Writes up to a turn's worth of messages, then queues another turn if more wait. */
    private void turn() {
        for (int i = 0; i < TURN; i++) {
            Pending next;
            synchronized (this) {
                next = session.isOpen() ? queue.poll() : null;
                if (next == null) {
                    queue.clear();
                    scheduled = false;
                    return;
                }
            }
            if (next.close() != null) {
                closeWith(next.close());
                synchronized (this) {
                    queue.clear();
                    scheduled = false;
                }
                return;
            }
            try {
                session.getBasicRemote().sendText(next.text());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "A send failed; the connection is closing", e);
                synchronized (this) {
                    queue.clear();
                    closed = true;
                    scheduled = false;
                }
                return;
            }
            if (next.onWritten() != null) {
                try {
                    next.onWritten().run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "An after-send action failed", e);
                }
            }
        }
        senders.execute(this::turn);
    }

    private void closeWith(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing a connection failed", e);
        }
    }
}
