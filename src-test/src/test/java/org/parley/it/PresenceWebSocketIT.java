package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.it.Problems.assertProblemFields;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Presence pushed over the WebSocket protocol, carried between the service and the edge by the JMS topic. */
class PresenceWebSocketIT {

    @Test
    void watcherShouldReceiveStatusChangeMadeOverRest() {
        try (var carol = Sockets.connect("carol")) {
            carol.send("{\"type\":\"watch\",\"users\":[\"bob\"]}");
            assertEquals("bob", carol.next("presence").getString("user"));

            var message = "changed " + UUID.randomUUID();
            Server.MAIN.putJson("bob", "/api/v1/presence/me", "{\"status\":\"in-meeting\",\"message\":\"" + message + "\"}");

            var pushed = carol.nextPresence("bob", message);
            assertEquals("in-meeting", pushed.getString("status"));
        }
    }

    @Test
    void statusSetOverWebSocketShouldReachOtherWatchers() {
        try (var dave = Sockets.connect("dave"); var erin = Sockets.connect("erin")) {
            erin.send("{\"type\":\"watch\",\"users\":[\"dave\"]}");
            erin.next("presence");
            var message = "ws " + UUID.randomUUID();
            dave.send("{\"type\":\"status\",\"status\":\"on-the-phone\",\"message\":\"" + message + "\"}");
            assertEquals("on-the-phone", erin.nextPresence("dave", message).getString("status"));
        }
    }

    @Test
    void badMessagesShouldGetErrorsAndTheConnectionShouldGoOn() {
        try (var carol = Sockets.connect("carol")) {
            carol.send("this is not json");
            assertProblemFields(carol.next("error").getJsonObject("problem"), 400);
            carol.send("{\"type\":\"teleport\"}");
            assertProblemFields(carol.next("error").getJsonObject("problem"), 400);
            carol.send("{\"type\":\"status\",\"status\":\"sleepy\"}");
            assertProblemFields(carol.next("error").getJsonObject("problem"), 400);
            carol.send("{\"type\":\"watch\",\"users\":[\"no.such.person\"]}");
            var unknown = carol.next("error");
            assertEquals("no.such.person", unknown.getString("user"));
            assertProblemFields(unknown.getJsonObject("problem"), 404);

            carol.send("{\"type\":\"ping\",\"id\":\"p1\"}");
            assertEquals("p1", carol.next("pong").getString("id"));
        }
    }

    @Test
    void oversizedMessageShouldCloseOnlyThatConnection() {
        try (var carol = Sockets.connect("carol"); var dave = Sockets.connect("dave")) {
            carol.sendIgnoringFailure("{\"type\":\"ping\",\"id\":\"" + "x".repeat(20_000) + "\"}");
            assertEquals(1009, carol.awaitClose());
            dave.send("{\"type\":\"ping\",\"id\":\"still-here\"}");
            assertEquals("still-here", dave.next("pong").getString("id"));
        }
    }

    @Test
    void handshakeWithoutCredentialsShouldBeRefused() {
        var uri = java.net.URI.create("ws://127.0.0.1:" + Server.MAIN.httpPort() + "/ws/v1");
        var attempt = Server.http().newWebSocketBuilder().buildAsync(uri, new java.net.http.WebSocket.Listener() { });
        var failure = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class, attempt::join);
        assertEquals(true, failure.getCause() instanceof java.net.http.WebSocketHandshakeException, failure.toString());
        assertEquals(401, ((java.net.http.WebSocketHandshakeException) failure.getCause()).getResponse().statusCode());
    }
}
