package org.parley.it;

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

/**
 * A Parley server under test, by its HTTP port. {@link #MAIN} is the server every test uses;
 * others (the one signed in against slapd) are named by their own port.
 */
record Server(int httpPort) {

    static final String PASSWORD = "parley";
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final Server MAIN = new Server(Integer.getInteger("parley.it.httpPort", 19080));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(TIMEOUT);
    }

    HttpRequest.Builder as(String user, String path) {
        return request(path).header("Authorization", basic(user, PASSWORD));
    }

    HttpResponse<String> get(String user, String path) {
        return send(as(user, path).GET().build());
    }

    HttpResponse<String> putJson(String user, String path, String json) {
        return send(as(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(HTTP, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static HttpClient http() {
        return HTTP;
    }
}
