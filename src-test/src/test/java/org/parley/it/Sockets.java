package org.parley.it;

import java.net.URI;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

/** A WebSocket client of Parley's protocol that queues what the server sends. */
final class Sockets implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final java.util.concurrent.CompletableFuture<Integer> closed = new java.util.concurrent.CompletableFuture<>();
    private final WebSocket socket;

    private Sockets(Server server, String user) {
        this(server, "/ws/v1", user);
    }

    private Sockets(Server server, String path, String user) {
        var uri = URI.create("ws://127.0.0.1:" + server.httpPort() + path);
        var builder = Server.http().newWebSocketBuilder().connectTimeout(Server.TIMEOUT);
        if (user != null) {
            builder.header("Authorization", Server.basic(user, Server.PASSWORD));
        }
        this.socket = builder.buildAsync(uri, this).join();
    }

    /** Opens a connection to another endpoint (a meeting room), as the user or, with null, anonymously. */
    static Sockets open(Server server, String path, String user) {
        return new Sockets(server, path, user);
    }

    /** Connects as the user and returns once the server's hello arrived. */
    static Sockets connect(String user) {
        return connect(Server.MAIN, user);
    }

    /** Connects to the given server as the user and returns once the server's hello arrived. */
    static Sockets connect(Server server, String user) {
        var client = new Sockets(server, user);
        var hello = client.next("hello");
        if (!user.equals(hello.getString("user"))) {
            throw new AssertionError("hello for the wrong user: " + hello);
        }
        return client;
    }

    synchronized void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends, not minding that the server may close the connection meanwhile. */
    synchronized void sendIgnoringFailure(String text) {
        socket.sendText(text, true).exceptionally(e -> null).join();
    }

    /** The close code the server closed this connection with. */
    int awaitClose() {
        return closed.orTimeout(Server.TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    /** The next message of the given type, skipping others; fails after the timeout. */
    JsonObject next(String type) {
        return await(m -> type.equals(m.getString("type")), Server.TIMEOUT.toSeconds(), "'" + type + "' message");
    }

    /** The next message that matches, skipping others; fails after the timeout. */
    JsonObject next(java.util.function.Predicate<JsonObject> matching, String what) {
        return await(matching, Server.TIMEOUT.toSeconds(), what);
    }

    /** The next presence message about the user whose message matches. */
    JsonObject nextPresence(String user, String message) {
        return await(m -> isPresence(m, user) && message.equals(m.getString("message")), Server.TIMEOUT.toSeconds(),
                "presence of " + user + " with message " + message);
    }

    /** The next presence message about the user showing this status. */
    JsonObject nextPresenceWithStatus(String user, String status) {
        return nextPresenceWithStatus(user, status, Server.TIMEOUT.toSeconds());
    }

    /** The next presence message about the user showing this status, waiting at most the seconds given. */
    JsonObject nextPresenceWithStatus(String user, String status, long seconds) {
        return await(m -> isPresence(m, user) && status.equals(m.getString("status")), seconds,
                "presence of " + user + " showing " + status);
    }

    /** Whether no message matching arrives within the seconds given. */
    boolean quietFor(java.util.function.Predicate<JsonObject> matching, long seconds) {
        try {
            await(matching, seconds, "");
            return false;
        } catch (AssertionError expected) {
            return true;
        }
    }

    private static boolean isPresence(JsonObject m, String user) {
        return "presence".equals(m.getString("type")) && user.equals(m.getString("user"));
    }

    private JsonObject await(java.util.function.Predicate<JsonObject> matching, long seconds, String what) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                var message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (message != null && matching.test(message)) {
                    return message;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no " + what + " within " + seconds + " s");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(Server.json(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        if (closed.isDone()) {
            return;
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
