package org.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The HTTP calls of the storm: one person's sign-in as a browser does it, and the set-up calls. */
final class StormClient {

    static final String PASSWORD = "parley";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;

    StormClient(HttpClient http, String host, int port) {
        this.http = http;
        this.base = "http://" + host + ":" + port;
    }

    /** Times of one sign-in, in microseconds: the session POST, and it with the contact list. */
    record SignIn(long sessionMicros, long totalMicros, int contacts) {
    }

    /** Signs in with a browser session, then loads the contact list with presence; null when either failed. */
    SignIn signIn(String user) throws IOException, InterruptedException {
        long start = System.nanoTime();
        var login = http.send(request("/api/v1/session").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        long session = System.nanoTime();
        if (login.statusCode() != 200) {
            throw new IOException("sign-in of " + user + " answered " + login.statusCode() + ": " + login.body());
        }
        var list = http.send(request("/api/v1/contacts").header("Cookie", cookies(login)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long end = System.nanoTime();
        if (list.statusCode() != 200) {
            throw new IOException("contact list of " + user + " answered " + list.statusCode());
        }
        int contacts = list.body().split("\"user\":").length - 1;
        return new SignIn((session - start) / 1000, (end - start) / 1000, contacts);
    }

    /** Replaces the user's contact list with one private group of these people. */
    void giveContacts(String user, List<String> contacts) throws IOException, InterruptedException {
        var current = http.send(basic(user, "/api/v1/contacts").GET().build(), HttpResponse.BodyHandlers.ofString());
        var etag = current.headers().firstValue("ETag").orElseThrow(() -> new IOException("no ETag for " + user));
        var doc = new StringBuilder("{\"format\":\"parley-contacts\",\"groups\":[{\"name\":\"Team\",\"contacts\":[");
        for (int i = 0; i < contacts.size(); i++) {
            doc.append(i == 0 ? "" : ",").append("{\"user\":\"").append(contacts.get(i)).append("\"}");
        }
        doc.append("]}]}");
        var imported = http.send(basic(user, "/api/v1/contacts/import?mode=replace").header("If-Match", etag)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(doc.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200) {
            throw new IOException("import for " + user + " answered " + imported.statusCode() + ": " + imported.body());
        }
    }

    /** An administrator's GET, answered as text. */
    String adminGet(String admin, String path) throws IOException, InterruptedException {
        return http.send(basic(admin, path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    int adminDelete(String admin, String path) throws IOException, InterruptedException {
        return http.send(basic(admin, path).DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    }

    private HttpRequest.Builder basic(String user, String path) {
        var token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return request(path).header("Authorization", "Basic " + token);
    }

    private static String cookies(HttpResponse<?> response) {
        var pairs = new ArrayList<String>();
        for (var header : response.headers().allValues("Set-Cookie")) {
            pairs.add(header.split(";", 2)[0]);
        }
        return String.join("; ", pairs);
    }
}
