package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The web client's security headers and the widget's cross-origin rules over plain HTTP: the
 * token answers allowed embedding origins only (CORS with credentials), a WebSocket from a foreign
 * origin is refused, and a token opens the widget's WebSocket as its user.
 */
class LinksIT {

    private static final String PORTAL = "http://127.0.0.1:" + Integer.getInteger("parley.it.portalPort", 19089);
    private static final String EVIL = "http://evil.example";

    @Test
    void theClientShouldBeServedWithAStrictContentSecurityPolicy() {
        var page = Server.send(Server.MAIN.request("/app/").GET().build());
        assertEquals(200, page.statusCode());
        var csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.body().contains("<script type=\"module\" src=\"js/main.js\">"), "no inline script");
        var root = Server.send(Server.MAIN.request("/").GET().build());
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/app/"));
    }

    @Test
    void aTokenShouldBeReadableByAllowedOriginsOnly() {
        var allowed = Server.send(Server.MAIN.as("carol", "/links/token").header("Origin", PORTAL).GET().build());
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertEquals(PORTAL, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", allowed.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
        assertEquals("carol", Server.json(allowed).getString("user"));

        var foreign = Server.send(Server.MAIN.as("carol", "/links/token").header("Origin", EVIL).GET().build());
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(foreign.body().contains("forbidden-origin"));

        var anonymous = Server.send(Server.MAIN.request("/links/token").header("Origin", PORTAL).GET().build());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isEmpty(), "no browser password prompt on the portal");
    }

    @Test
    void aWebSocketFromAForeignOriginShouldBeRefusedAndATokenShouldOpenOne() throws Exception {
        var refused = assertThrows(CompletionException.class, () -> open("/ws/v1", EVIL, Server.basic("carol", Server.PASSWORD)));
        assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());

        var token = Server.json(Server.send(Server.MAIN.as("carol", "/links/token").GET().build())).getString("token");
        var first = hello(Server.MAIN, token);
        assertEquals("carol", first.getString("user"));
        assertTrue(first.getInt("idleTimeoutSeconds") > 0);

        var forged = assertThrows(CompletionException.class, () -> open("/ws/v1?token=" + token.replace('.', 'x'), PORTAL, null));
        assertEquals(401, ((WebSocketHandshakeException) forged.getCause()).getResponse().statusCode());
    }

    @Test
    void serversWithTheSameTokenSecretShouldAcceptEachOthersTokens() throws Exception {
        // The tests' two servers are configured with one parley.links.tokenSecret, as a cluster is.
        var second = new Server(Integer.getInteger("parley.it.secondHttpPort", 19280));
        var fromMain = Server.json(Server.send(Server.MAIN.as("carol", "/links/token").GET().build())).getString("token");
        assertEquals("carol", hello(second, fromMain).getString("user"));
        var fromSecond = Server.json(Server.send(second.as("dave", "/links/token").GET().build())).getString("token");
        assertEquals("dave", hello(Server.MAIN, fromSecond).getString("user"));

        var altered = fromMain.substring(0, fromMain.length() - 2) + (fromMain.endsWith("AA") ? "BB" : "AA");
        var refused = assertThrows(CompletionException.class, () -> open(second, "/ws/v1?token=" + altered, PORTAL, null));
        assertEquals(401, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }

    /** Opens the widget's WebSocket on a server with a token and returns the server's hello. */
    private static jakarta.json.JsonObject hello(Server server, String token) throws Exception {
        var hello = new CompletableFuture<String>();
        var socket = Server.http().newWebSocketBuilder().header("Origin", PORTAL)
                .buildAsync(URI.create("ws://127.0.0.1:" + server.httpPort() + "/ws/v1?token=" + token), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        hello.complete(data.toString());
                        return null;
                    }
                }).join();
        try {
            var first = Server.json(hello.get(60, TimeUnit.SECONDS)); // a cold server on a loaded machine may take a while
            assertEquals("hello", first.getString("type"));
            return first;
        } finally {
            socket.abort();
        }
    }

    private static WebSocket open(String path, String origin, String authorization) {
        return open(Server.MAIN, path, origin, authorization);
    }

    private static WebSocket open(Server server, String path, String origin, String authorization) {
        var builder = Server.http().newWebSocketBuilder().header("Origin", origin);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.buildAsync(URI.create("ws://127.0.0.1:" + server.httpPort() + path), new WebSocket.Listener() {
        }).join();
    }
}
