package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Puts demo accounts in a known state through the REST API (HTTP Basic) before a browser test. */
final class Accounts {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Accounts() {
    }

    /** An empty contact list, everyone may see them, nobody passes Do Not Disturb, available. */
    static void reset(String user) {
        var list = call(user, "GET", "/api/v1/contacts", null, null);
        var empty = "{\"format\":\"parley-contacts\",\"formatVersion\":1,\"groups\":[]}";
        call(user, "POST", "/api/v1/contacts/import?mode=replace", "\"" + list.getJsonNumber("version").longValue() + "\"", empty);
        var privacy = call(user, "GET", "/api/v1/privacy", null, null);
        call(user, "PUT", "/api/v1/privacy", null, Json.createObjectBuilder().add("visibility", "everyone")
                .add("list", Json.createArrayBuilder()).add("dndExceptions", Json.createArrayBuilder())
                .add("version", privacy.getJsonNumber("version").longValue()).build().toString());
        status(user, "available", "");
    }

    static void status(String user, String status, String message) {
        call(user, "PUT", "/api/v1/presence/me", null,
                Json.createObjectBuilder().add("status", status).add("message", message).build().toString());
    }

    static JsonObject call(String user, String method, String path, String ifMatch, String json) {
        var response = send(user, method, path, ifMatch, json);
        assertEquals(200, response.statusCode(), method + " " + path + ": " + response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** A REST call as {@code user}, whatever its answer. */
    static HttpResponse<String> send(String user, String method, String path, String ifMatch, String json) {
        var request = HttpRequest.newBuilder(URI.create(Browser.server() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Browser.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
