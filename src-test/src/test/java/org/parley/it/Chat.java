package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Chat calls for the integration tests: REST helpers and WebSocket message matchers. */
final class Chat {

    private Chat() {
    }

    static HttpResponse<String> post(String user, String path, String json) {
        return Server.send(Server.MAIN.as(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpResponse<String> delete(String user, String path) {
        return Server.send(Server.MAIN.as(user, path).DELETE().build());
    }

    /** The one-to-one conversation of the two, created on first use. */
    static String direct(String user, String partner) {
        var response = Server.MAIN.putJson(user, "/api/v1/conversations/direct/" + partner, "");
        assertEquals(200, response.statusCode(), response.body());
        return Server.json(response).getString("id");
    }

    /** A new group chat of the creator and the members, escalated from origin when it is not null. */
    static JsonObject group(String creator, String title, String origin, String... members) {
        var list = Arrays.stream(members).map(Chat::quote).collect(Collectors.joining(","));
        var response = post(creator, "/api/v1/conversations", "{\"title\":" + quote(title) + ",\"members\":[" + list
                + "]" + (origin == null ? "" : ",\"origin\":" + quote(origin)) + "}");
        assertEquals(201, response.statusCode(), response.body());
        return Server.json(response);
    }

    static HttpResponse<String> send(String user, String conversation, String body, String clientId) {
        return post(user, "/api/v1/conversations/" + conversation + "/messages", "{\"body\":" + quote(body)
                + (clientId == null ? "" : ",\"clientId\":" + quote(clientId)) + "}");
    }

    /** Sends over REST, expecting it stored; returns the message. */
    static JsonObject sendOk(String user, String conversation, String body) {
        var response = send(user, conversation, body, UUID.randomUUID().toString());
        assertEquals(201, response.statusCode(), response.body());
        return Server.json(response);
    }

    /** The next message event of the conversation on this connection. */
    static JsonObject nextMessage(Sockets socket, String conversation) {
        return socket.next(m -> "message".equals(m.getString("type")) && conversation.equals(m.getString("conversation")),
                "message in " + conversation);
    }

    /** The next message event of the conversation whose text is this. */
    static JsonObject nextMessage(Sockets socket, String conversation, String text) {
        return socket.next(m -> "message".equals(m.getString("type")) && conversation.equals(m.getString("conversation"))
                && text.equals(m.getString("text")), "message '" + text + "' in " + conversation);
    }

    static boolean isMessageOf(JsonObject m, String conversation) {
        return "message".equals(m.getString("type")) && conversation.equals(m.getString("conversation"));
    }

    static String quote(String s) {
        return Json.createValue(s).toString();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }
}
