package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * One person, many connections: presence is the aggregate of them (docs/presence.md), and a
 * connection that goes silent without saying goodbye is removed within the idle timeout.
 */
class PresenceAggregationIT {

    private static final int IDLE_AWAY = Integer.getInteger("parley.it.idleAwaySeconds", 4);

    @Test
    void personShouldStayOnlineUntilTheLastConnectionCloses() {
        try (var watcher = Sockets.connect("erin")) {
            var first = Sockets.connect("carol");
            var second = Sockets.connect("carol");
            var message = "two devices " + UUID.randomUUID();
            first.send("{\"type\":\"status\",\"status\":\"dnd\",\"message\":\"" + message + "\"}");
            watcher.send("{\"type\":\"watch\",\"users\":[\"carol\"]}");
            watcher.nextPresence("carol", message);

            first.close();
            assertEquals("dnd", status("carol"), "one connection is still open");
            second.close();
            assertEquals("offline", watcher.nextPresenceWithStatus("carol", "offline").getString("status"));
        }
    }

    @Test
    void availablePersonShouldShowAwayWhenEveryConnectionIsIdleAndAvailableWhenActiveAgain() {
        try (var watcher = Sockets.connect("erin"); var dave = Sockets.connect("dave")) {
            dave.send("{\"type\":\"status\",\"status\":\"available\",\"message\":\"idle test " + UUID.randomUUID() + "\"}");
            watcher.send("{\"type\":\"watch\",\"users\":[\"dave\"]}");
            dave.send("{\"type\":\"activity\",\"idle\":true}");
            watcher.nextPresenceWithStatus("dave", "away");
            dave.send("{\"type\":\"activity\"}");
            watcher.nextPresenceWithStatus("dave", "available");
            // No activity for the idle time: the server turns dave away by itself.
            watcher.nextPresenceWithStatus("dave", "away", IDLE_AWAY * 4);
        }
    }

    @Test
    void connectionThatGoesSilentShouldBeRemoved() throws IOException {
        try (var watcher = Sockets.connect("erin"); var silent = openAndFallSilent("bob")) {
            watcher.send("{\"type\":\"watch\",\"users\":[\"bob\"]}");
            assertEquals("bob", watcher.next("presence").getString("user"));
            // bob's only client stops answering and never closes: the server's idle timeout ends it.
            watcher.nextPresenceWithStatus("bob", "offline", 30);
        }
    }

    private static String status(String user) {
        return Server.json(Server.MAIN.get("erin", "/api/v1/presence/" + user)).getString("status");
    }

    /** A WebSocket handshake on a raw socket, after which the client never reads or writes again. */
    private static Socket openAndFallSilent(String user) throws IOException {
        var socket = new Socket(InetAddress.getLoopbackAddress(), Server.MAIN.httpPort());
        var key = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 16).getBytes(StandardCharsets.US_ASCII));
        var request = "GET /ws/v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Authorization: " + Server.basic(user, Server.PASSWORD) + "\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.setSoTimeout(10_000);
        var status = readLine(socket.getInputStream());
        if (!status.contains(" 101 ")) {
            socket.close();
            throw new AssertionError("handshake refused: " + status);
        }
        return socket;
    }

    private static String readLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }
}
