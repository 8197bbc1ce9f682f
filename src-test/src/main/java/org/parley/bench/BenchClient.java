package org.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;

/**
 * One simulated person: a WebSocket connection that signs in, watches its contacts and records
 * how long each benchmark presence change took to arrive.
 */
final class BenchClient implements WebSocket.Listener {

    /** Status messages of measured changes start with this, then the send time in nanoseconds. */
    static final String MARK = "bench:";

    /** What precedes the watched person's id in a presence message. */
    private static final String USER = "\"user\":\"";

    /** How often one sign-in is tried at most when the server asks to try again later. */
    static final int ATTEMPTS = 10;

    /** Changes sent before this time (in nanoseconds) are not this run's measured ones. */
    static volatile long measuredFrom = Long.MAX_VALUE;

    private final String user;
    private final Histogram presenceLatency;
    private final AtomicLong deliveries;
    private final Histogram chatLatency;
    private final AtomicLong chatDeliveries;
    private final AtomicLong chatAcks;
    private final String ownSender;
    private final CompletableFuture<Long> signedIn = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    /** Per watched person: the send time of the newest measured status received (their last word so far). */
    private final java.util.Map<String, Long> lastSeen = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile WebSocket socket;
    private long started;

    BenchClient(String user, Histogram presenceLatency, AtomicLong deliveries, Histogram chatLatency,
            AtomicLong chatDeliveries, AtomicLong chatAcks) {
        this.user = user;
        this.presenceLatency = presenceLatency;
        this.deliveries = deliveries;
        this.chatLatency = chatLatency;
        this.chatDeliveries = chatDeliveries;
        this.chatAcks = chatAcks;
        this.ownSender = "\"sender\":\"" + user + "\"";
    }

    /**
     * Connects; the future completes with the sign-in time in microseconds (from the first
     * attempt) when the server says hello. A sign-in the server asks to repeat later (429 or 503
     * with Retry-After, as a busy directory answers) is repeated after that delay, as a client
     * would, at most {@value #ATTEMPTS} times; each repeat is counted in {@code retries}.
     */
    CompletableFuture<Long> connect(HttpClient http, String host, int port, List<String> watch, AtomicLong retries) {
        started = System.nanoTime();
        attempt(http, URI.create("ws://" + host + ":" + port + "/ws/v1"), watch, retries, 1);
        return signedIn;
    }

    private void attempt(HttpClient http, URI uri, List<String> watch, AtomicLong retries, int attempt) {
        var auth = Base64.getEncoder().encodeToString((user + ":parley").getBytes(StandardCharsets.UTF_8));
        http.newWebSocketBuilder().header("Authorization", "Basic " + auth).buildAsync(uri, this)
                .whenComplete((ws, failure) -> {
                    if (failure == null) {
                        socket = ws;
                        send(watchMessage(watch));
                        return;
                    }
                    long delay = retryAfterSeconds(failure);
                    if (delay < 0 || attempt >= ATTEMPTS) {
                        signedIn.completeExceptionally(failure);
                        return;
                    }
                    retries.incrementAndGet();
                    CompletableFuture.delayedExecutor(delay, TimeUnit.SECONDS)
                            .execute(() -> attempt(http, uri, watch, retries, attempt + 1));
                });
    }

    /** The delay a refused handshake asks for, or -1 when it is not one to repeat. */
    private static long retryAfterSeconds(Throwable failure) {
        var cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof WebSocketHandshakeException refused)) {
            return -1;
        }
        int status = refused.getResponse().statusCode();
        if (status != 429 && status != 503) {
            return -1;
        }
        return refused.getResponse().headers().firstValue("Retry-After").map(v -> {
            try {
                return Math.max(1, Math.min(30, Long.parseLong(v.trim())));
            } catch (NumberFormatException e) {
                return 1L;
            }
        }).orElse(1L);
    }

    /** Whether the server said hello (sign-ins that failed for good are left out of the counts). */
    boolean connected() {
        return signedIn.isDone() && !signedIn.isCompletedExceptionally();
    }

    void send(String text) {
        var ws = socket;
        if (ws != null) {
            ws.sendText(text, true);
        }
    }

    /** Sends a status change whose message carries its send time; returns that time (nanoseconds). */
    long changeStatus(String status) {
        long at = System.nanoTime();
        send("{\"type\":\"status\",\"status\":\"" + status + "\",\"message\":\"" + MARK + at + "\"}");
        return at;
    }

    /**
     * Each run's own prefix of client ids: the server takes a message with a client id its sender
     * used before as a retry of that message (answered, not delivered again), so ids repeated by a
     * later run against the same server would be counted lost.
     */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    /** Sends a one-to-one chat message whose text carries its send time. */
    void chat(String to, long id) {
        send("{\"type\":\"send\",\"to\":\"" + to + "\",\"body\":\"" + MARK + System.nanoTime()
                + "\",\"clientId\":\"b" + RUN + "-" + id + "\"}");
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

    /** Classifies a server message by its text alone (no JSON parsing: the load program must stay cheap). */
    private void received(String text) {
        long now = System.nanoTime();
        if (text.startsWith("{\"type\":\"hello\"")) {
            signedIn.complete((now - started) / 1000);
            return;
        }
        int mark = text.indexOf(MARK);
        if (text.startsWith("{\"type\":\"sent\"")) {
            chatAcks.incrementAndGet();
        } else if (mark < 0) {
            return;
        } else if (text.startsWith("{\"type\":\"presence\"")) {
            long sent = sentAt(text, mark);
            if (sent < measuredFrom) {
                return; // a status a person was left with by an earlier run, read by a watch answer
            }
            presenceLatency.add((now - sent) / 1000);
            deliveries.incrementAndGet();
            var who = userOf(text);
            if (who != null) {
                lastSeen.merge(who, sent, Math::max);
            }
        } else if (text.contains("\"type\":\"message\"") && !text.contains(ownSender)) {
            long sent = sentAt(text, mark);
            if (sent < measuredFrom) {
                return; // a message of an earlier run, delivered as missed
            }
            chatLatency.add((now - sent) / 1000);
            chatDeliveries.incrementAndGet();
        }
    }

    /** The send time of the newest measured status of the person this client received, or -1. */
    long lastSeen(String person) {
        return lastSeen.getOrDefault(person, -1L);
    }

    /** The {@code user} of a presence message, read without parsing the whole message. */
    private static String userOf(String text) {
        int at = text.indexOf(USER);
        if (at < 0) {
            return null;
        }
        int from = at + USER.length();
        int to = text.indexOf('"', from);
        return to < 0 ? null : text.substring(from, to);
    }

    /** The send time in nanoseconds that follows the mark. */
    private static long sentAt(String text, int mark) {
        long value = 0;
        for (int i = mark + MARK.length(); i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
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
