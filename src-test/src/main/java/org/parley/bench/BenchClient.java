package org.parley.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;

/**
 * One simulated person: a WebSocket connection that signs in, watches its contacts and records
 * how long each benchmark presence change took to arrive.
 */
final class BenchClient implements WebSocket.Listener {

    /** Status messages of measured changes start with this, then the send time in nanoseconds. */
    static final String MARK = "bench:";

    private final String user;
    private final Histogram presenceLatency;
    private final AtomicLong deliveries;
    private final CompletableFuture<Long> signedIn = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private long started;

    BenchClient(String user, Histogram presenceLatency, AtomicLong deliveries) {
        this.user = user;
        this.presenceLatency = presenceLatency;
        this.deliveries = deliveries;
    }

    /** Connects; the future completes with the sign-in time in microseconds when the server says hello. */
    CompletableFuture<Long> connect(HttpClient http, String host, int port, List<String> watch) {
        started = System.nanoTime();
        var auth = Base64.getEncoder().encodeToString((user + ":parley").getBytes(StandardCharsets.UTF_8));
        http.newWebSocketBuilder().header("Authorization", "Basic " + auth)
                .buildAsync(URI.create("ws://" + host + ":" + port + "/ws/v1"), this)
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        signedIn.completeExceptionally(failure);
                    } else {
                        socket = ws;
                        send(watchMessage(watch));
                    }
                });
        return signedIn;
    }

    void send(String text) {
        var ws = socket;
        if (ws != null) {
            ws.sendText(text, true);
        }
    }

    void changeStatus(String status) {
        send("{\"type\":\"status\",\"status\":\"" + status + "\",\"message\":\"" + MARK + System.nanoTime() + "\"}");
    }

    void close() {
        var ws = socket;
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    private void received(String text) {
        long now = System.nanoTime();
        if (text.contains("\"hello\"")) {
            signedIn.complete((now - started) / 1000);
            return;
        }
        if (!text.contains(MARK)) {
            return;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            var message = reader.readObject().getString("message", "");
            if (message.startsWith(MARK)) {
                presenceLatency.add((now - Long.parseLong(message.substring(MARK.length()))) / 1000);
                deliveries.incrementAndGet();
            }
        }
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        signedIn.completeExceptionally(error);
    }

    private static String watchMessage(List<String> watch) {
        var users = Json.createArrayBuilder();
        watch.forEach(users::add);
        return Json.createObjectBuilder().add("type", "watch").add("users", users).build().toString();
    }
}
