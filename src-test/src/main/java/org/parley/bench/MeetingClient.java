package org.parley.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;

/**
 * One simulated meeting participant: a room WebSocket that joins and, for each measured event
 * type, counts the events that arrive; the k-th event of a type answers the k-th send of that
 * type (one sender, events in order), so its latency is now minus that send's time.
 */
final class MeetingClient implements WebSocket.Listener {

    private final String user;
    private final Map<String, SendLog> sends;
    private final Map<String, Histogram> latency;
    private final AtomicLong deliveries;
    private final Map<String, int[]> seen = new java.util.HashMap<>();
    private final CompletableFuture<Long> joined = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private long started;

    MeetingClient(String user, Map<String, SendLog> sends, Map<String, Histogram> latency, AtomicLong deliveries) {
        this.user = user;
        this.sends = sends;
        this.latency = latency;
        this.deliveries = deliveries;
        sends.keySet().forEach(type -> seen.put(type, new int[1]));
    }

    /** Connects and joins; completes with the join time in microseconds when the room's state arrives. */
    CompletableFuture<Long> join(HttpClient http, String host, int port, String meeting) {
        started = System.nanoTime();
        var auth = Base64.getEncoder().encodeToString((user + ":parley").getBytes(StandardCharsets.UTF_8));
        http.newWebSocketBuilder().header("Authorization", "Basic " + auth)
                .buildAsync(URI.create("ws://" + host + ":" + port + "/ws/v1/meetings/" + meeting), this)
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        joined.completeExceptionally(failure);
                    } else {
                        socket = ws;
                        send("{\"type\":\"join\"}");
                    }
                });
        return joined;
    }

    synchronized void send(String text) {
        var ws = socket;
        if (ws != null) {
            ws.sendText(text, true).join();
        }
    }

    void close() {
        var ws = socket;
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
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
        String type;
        try (var reader = Json.createReader(new StringReader(text))) {
            type = reader.readObject().getString("type");
        }
        if ("state".equals(type)) {
            joined.complete((now - started) / 1000);
            return;
        }
        if ("error".equals(type) && !joined.isDone()) {
            joined.completeExceptionally(new IllegalStateException("join refused: " + text));
            return;
        }
        var log = sends.get(type);
        if (log == null) {
            return;
        }
        int k = seen.get(type)[0]++;
        long sentAt = log.at(k);
        if (sentAt > 0) {
            latency.get(type).add((now - sentAt) / 1000);
            deliveries.incrementAndGet();
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        joined.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        joined.completeExceptionally(error);
    }

    /** The send times of one event type, by send number (bounded by the run's count). */
    static final class SendLog {
        private final long[] times;
        private int size;

        SendLog(int capacity) {
            times = new long[capacity];
        }

        synchronized int record(long nanos) {
            times[size] = nanos;
            return size++;
        }

        synchronized long at(int k) {
            return k < size ? times[k] : 0;
        }

        synchronized int size() {
            return size;
        }
    }
}
