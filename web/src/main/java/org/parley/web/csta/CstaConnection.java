package org.parley.web.csta;

import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One CSTA application's TCP connection: a reader thread reads frames and answers each through
 * the session, a writer thread sends the answers and the events from a bounded queue (so a slow
 * application holds up nobody else; a queue that overflows closes the connection). A header
 * that is not a frame is answered with an error and closes the connection; a wrong message is
 * answered and the connection goes on. A session that has not signed in within the login time,
 * or is silent for the idle time, is closed. Thread safety: the queue and atomic flags; the
 * session is used by the reader thread, and by event threads for monitors only.
 */
final class CstaConnection {

    private static final Logger LOG = Logger.getLogger(CstaConnection.class.getName());
    private static final int QUEUE = 256;
    private static final byte[] CLOSE = new byte[0];
    /** The invoke id of an error answered to something that was not a frame. */
    private static final String NO_INVOKE = "0000";
    private static final int DISCARD_MILLIS = 200;
    private static final long DISCARD_BYTES = 1 << 20;

    /** Limits of one connection. */
    record Limits(int maxMessageBytes, int loginMillis, int idleMillis) {
    }

    private final Socket socket;
    private final Limits limits;
    private final Consumer<CstaConnection> onClosed;
    private final BlockingQueue<byte[]> outgoing = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger eventIds = new AtomicInteger();
    private final CstaSession session;
    private final long signInBy;

    CstaConnection(Socket socket, Limits limits, Function<Consumer<String>, CstaSession> sessions,
            Consumer<CstaConnection> onClosed) {
        this.socket = socket;
        this.limits = limits;
        this.onClosed = onClosed;
        this.session = sessions.apply(this::event);
        this.signInBy = System.currentTimeMillis() + limits.loginMillis();
    }

    CstaSession session() {
        return session;
    }

    void start(ThreadFactory threads) {
        var reader = threads.newThread(this::read);
        reader.setName("parley-csta-read-" + socket.getPort());
        var writer = threads.newThread(this::write);
        writer.setName("parley-csta-write-" + socket.getPort());
        writer.start();
        reader.start();
    }

    private void read() {
        // the streams are not closed here: that would close the socket before the writer is done
        try {
            var in = socket.getInputStream();
            while (!closed.get()) {
                long left = signInBy - System.currentTimeMillis();
                if (!session.signedIn() && left <= 0) {
                    LOG.log(Level.FINE, "CSTA connection {0} did not sign in: closed", socket.getRemoteSocketAddress());
                    break;
                }
                socket.setSoTimeout(session.signedIn() ? limits.idleMillis() : (int) left);
                var frame = CstaFrames.read(in, limits.maxMessageBytes());
                if (frame == null) {
                    break;
                }
                queue(CstaFrames.frame(frame.invokeId(), session.handle(frame.xml())));
            }
        } catch (CstaFrames.FramingError e) {
            queue(CstaFrames.frame(NO_INVOKE, new CstaEncoder().error(CstaError.operation("generic", e.getMessage()))));
            discardInput();
            LOG.log(Level.FINE, "CSTA connection {0}: {1}", new Object[] {socket.getRemoteSocketAddress(), e.getMessage()});
        } catch (SocketTimeoutException e) {
            LOG.log(Level.FINE, "CSTA connection {0} idle: closed", socket.getRemoteSocketAddress());
        } catch (EOFException e) {
            LOG.log(Level.FINE, "CSTA connection {0} ended inside a frame", socket.getRemoteSocketAddress());
        } catch (IOException | RuntimeException e) {
            if (!closed.get()) {
                LOG.log(Level.FINE, "CSTA connection " + socket.getRemoteSocketAddress() + " failed", e);
            }
        }
        // the writer sends what is queued, then closes
        if (!outgoing.offer(CLOSE)) {
            close();
        }
    }

    /**
     * Reads and drops what the peer sent after a bad header (bounded in bytes and time), so that
     * closing the socket ends it with FIN after the error, not with a reset that could lose it.
     */
    private void discardInput() {
        try {
            socket.setSoTimeout(DISCARD_MILLIS);
            var in = socket.getInputStream();
            var sink = new byte[8192];
            long dropped = 0;
            for (int n; dropped < DISCARD_BYTES && (n = in.read(sink)) > 0;) {
                dropped += n;
            }
        } catch (IOException e) {
            LOG.log(Level.FINEST, "CSTA discard ended: {0}", e.toString());
        }
    }

    private void write() {
        try {
            var out = socket.getOutputStream();
            while (true) {
                var next = outgoing.poll(1, TimeUnit.SECONDS);
                if (next == null) {
                    // the reader may be held inside a frame that trickles in: the writer keeps the sign-in deadline
                    if (!session.signedIn() && System.currentTimeMillis() > signInBy) {
                        break;
                    }
                    continue;
                }
                if (next == CLOSE) {
                    break;
                }
                out.write(next);
                out.flush();
            }
            socket.shutdownOutput();
        } catch (IOException e) {
            LOG.log(Level.FINE, "CSTA write to {0} failed: {1}", new Object[] {socket.getRemoteSocketAddress(), e.toString()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    /** An event for the application: sent with the next of this connection's own invoke ids. */
    private void event(String xml) {
        var id = String.format("%04d", 1 + Math.floorMod(eventIds.getAndIncrement(), 9999));
        queue(CstaFrames.frame(id, xml));
    }

    private void queue(byte[] frame) {
        if (!closed.get() && !outgoing.offer(frame)) {
            LOG.log(Level.WARNING, "CSTA application at {0} does not keep up: connection closed", socket.getRemoteSocketAddress());
            close();
        }
    }

    /** Closes the socket (both threads then end); idempotent. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "CSTA socket close: {0}", e.toString());
            }
            outgoing.clear();
            outgoing.offer(CLOSE);
            onClosed.accept(this);
        }
    }
}
