package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Many connections closing at the same moment while the server is still writing presence to
 * them (the end of a working day, a proxy restart). Each close waits for the write in flight on
 * its connection; the server must go on serving everyone else (docs/presence.md, "Sending").
 */
class MassCloseIT {

    private static final List<String> WATCHERS = List.of("mjensen", "dlindqvist", "kmurphy", "areddy2", "aobrien",
            "clopez", "apatel", "jzhang", "tpark2", "sdubois");
    private static final int CONNECTIONS_EACH = 16;
    private static final String BUSY = "halmeida";
    private static final int CHANGES = 60;
    private static final String PING = "{\"type\":\"ping\"}";
    private static final java.util.concurrent.ExecutorService CONNECTING = Executors.newFixedThreadPool(16);

    @Test
    void closingManyConnectionsDuringAFanOutShouldLeaveTheServerServing() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var watchers = new CopyOnWriteArrayList<Sockets>();
        // The test servers close a connection idle for a few seconds: everyone pings meanwhile.
        var pinger = Executors.newSingleThreadScheduledExecutor();
        try (var busy = Sockets.connect(BUSY)) {
            pinger.scheduleAtFixedRate(() -> {
                busy.sendIgnoringFailure(PING);
                watchers.forEach(w -> w.sendIgnoringFailure(PING));
            }, 1, 1, TimeUnit.SECONDS);
            // Each person signs in once first, as a browser does before its other tabs: sixteen
            // first sign-ins of one person at the same moment would each reach the directory and
            // count against the per-person sign-in limit (a refusal the handshake shows as 401).
            WATCHERS.forEach(user -> assertEquals(200, Server.MAIN.get(user, "/api/v1/presence/me").statusCode()));
            var opened = new ArrayList<CompletableFuture<Void>>();
            for (var user : WATCHERS) {
                for (int i = 0; i < CONNECTIONS_EACH; i++) {
                    opened.add(CompletableFuture.runAsync(() -> {
                        var socket = Sockets.connect(user);
                        socket.send("{\"type\":\"watch\",\"users\":[\"" + BUSY + "\"]}");
                        socket.next("presence");
                        watchers.add(socket);
                    }, CONNECTING));
                }
            }
            CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).join();

            var changes = CompletableFuture.runAsync(() -> {
                for (int k = 1; k <= CHANGES; k++) {
                    busy.send("{\"type\":\"status\",\"status\":\"" + (k % 2 == 0 ? "away" : "dnd")
                            + "\",\"message\":\"" + run + " " + k + "\"}");
                }
            });
            // Once the fan-out of this run's changes has begun, every watcher closes at once.
            watchers.get(0).next(m -> "presence".equals(m.getString("type"))
                    && m.getString("message", "").startsWith(run), "a change of this run");
            watchers.parallelStream().forEach(Sockets::close);
            changes.join();

            // Do Not Disturb, which an idle connection does not turn into away.
            busy.send("{\"type\":\"status\",\"status\":\"dnd\",\"message\":\"" + run + " done\"}");
            try (var late = Sockets.connect("mjensen")) {
                late.send("{\"type\":\"watch\",\"users\":[\"" + BUSY + "\"]}");
                var seen = late.next(m -> "presence".equals(m.getString("type"))
                        && (run + " done").equals(m.getString("message", "")), "the status after the closes");
                assertEquals("dnd", seen.getString("status"));
            }
            var health = Server.send(Server.MAIN.request("/health/ready").GET().build());
            assertEquals(200, health.statusCode(), health.body());
        } finally {
            pinger.shutdownNow();
            watchers.forEach(Sockets::close);
        }
    }
}
