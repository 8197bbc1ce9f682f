package org.parley.it;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CSTA application on loopback: ECMA-323 XML over TCP to the main server's CSTA edge, each
 * message in an 8-byte header (0x0000, the frame's length, a four-digit invoke id). Requests
 * wait for the answer with their invoke id; events and other frames received meanwhile are kept
 * in arrival order for {@link #nextEvent}. Every wait is bounded (10 s).
 */
final class CstaClient implements AutoCloseable {

    static final int PORT = Integer.getInteger("parley.it.cstaPort", 15071);
    static final String NS = "http://www.ecma-international.org/standards/ecma-323/csta/ed5";
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** One frame received. */
    record Frame(String invokeId, String xml) {
        /** The root element's name. */
        String name() {
            return xml.replaceFirst("^<\\?xml[^>]*>", "").replaceFirst("^<([A-Za-z]+)[\\s\\S]*", "$1");
        }

        /** The text of the first element named {@code element}. */
        String text(String element) {
            int start = xml.indexOf("<" + element + ">");
            int end = xml.indexOf("</" + element + ">");
            return start < 0 || end < 0 ? "" : xml.substring(start + element.length() + 2, end);
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final AtomicInteger invokeIds = new AtomicInteger();
    private final List<Frame> unclaimed = new ArrayList<>();

    CstaClient() throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), PORT);
        in = new DataInputStream(socket.getInputStream());
    }

    /** A client signed in as {@code user} with the demo password. */
    static CstaClient signedIn(String user) throws IOException {
        var client = new CstaClient();
        var answer = client.request(startSession(user, Server.PASSWORD));
        if (!"StartApplicationSessionPosResponse".equals(answer.name())) {
            client.close();
            throw new IllegalStateException("CSTA sign-in of " + user + " refused: " + answer.xml());
        }
        return client;
    }

    static String startSession(String user, String password) {
        return "<StartApplicationSession xmlns=\"http://www.ecma-international.org/standards/ecma-354/appl_session\">"
                + "<applicationInfo><applicationID>parley-it</applicationID><applicationSpecificInfo><userID>" + user
                + "</userID><password>" + password + "</password></applicationSpecificInfo></applicationInfo>"
                + "<requestedProtocolVersions><protocolVersion>" + NS + "</protocolVersion></requestedProtocolVersions>"
                + "</StartApplicationSession>";
    }

    static String csta(String name, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + name + " xmlns=\"" + NS + "\">" + content + "</" + name + ">";
    }

    /** Sends {@code xml} and returns the frame answering its invoke id. */
    Frame request(String xml) throws IOException {
        var id = String.format("%04d", invokeIds.incrementAndGet());
        sendRaw(frame(id, xml.getBytes(StandardCharsets.UTF_8)));
        var deadline = Instant.now().plus(WAIT);
        while (true) {
            var next = read(deadline);
            if (next.invokeId().equals(id) && !next.name().endsWith("Event")) {
                return next;
            }
            unclaimed.add(next);
        }
    }

    /** The next event (in arrival order) whose name is {@code name}; events of other names before it are dropped. */
    Frame nextEvent(String name) throws IOException {
        var deadline = Instant.now().plus(WAIT);
        while (!unclaimed.isEmpty()) {
            var kept = unclaimed.remove(0);
            if (kept.name().equals(name)) {
                return kept;
            }
        }
        while (true) {
            var next = read(deadline);
            if (next.name().equals(name)) {
                return next;
            }
        }
    }

    /** The names of the next {@code count} events, in arrival order. */
    List<String> nextEvents(int count) throws IOException {
        var deadline = Instant.now().plus(WAIT);
        var names = new ArrayList<String>();
        while (names.size() < count) {
            var next = unclaimed.isEmpty() ? read(deadline) : unclaimed.remove(0);
            if (next.name().endsWith("Event")) {
                names.add(next.name());
            }
        }
        return names;
    }

    /** The next frame of any kind, or null when the server closed the connection. */
    Frame readOrEnd() throws IOException {
        try {
            return read(Instant.now().plus(WAIT));
        } catch (EOFException | java.net.SocketException e) {
            return null; // closed, with FIN or reset
        }
    }

    void sendRaw(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    static byte[] frame(String invokeId, byte[] xml) {
        var frame = new byte[8 + xml.length];
        frame[2] = (byte) (frame.length >>> 8);
        frame[3] = (byte) frame.length;
        System.arraycopy(invokeId.getBytes(StandardCharsets.US_ASCII), 0, frame, 4, 4);
        System.arraycopy(xml, 0, frame, 8, xml.length);
        return frame;
    }

    private Frame read(Instant deadline) throws IOException {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
            throw new SocketTimeoutException("No CSTA frame within " + WAIT);
        }
        socket.setSoTimeout((int) left);
        var header = new byte[8];
        in.readFully(header);
        int length = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        var xml = new byte[length - 8];
        in.readFully(xml);
        return new Frame(new String(header, 4, 4, StandardCharsets.US_ASCII), new String(xml, StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
