package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.openqa.selenium.By;

/** Meetings for the browser tests: one created over REST, a person joining its room page. */
final class MeetingRooms {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MeetingRooms() {
    }

    /** Creates an instant meeting of {@code owner} (its moderator) inviting the others (attendees); returns its id. */
    static String create(String owner, String... invitees) throws IOException, InterruptedException {
        var a = Json.createArrayBuilder();
        for (var i : invitees) {
            a.add(i);
        }
        var body = Json.createObjectBuilder().add("kind", "instant").add("title", "Browser meeting").add("invitees", a)
                .build().toString();
        var auth = "Basic " + Base64.getEncoder().encodeToString((owner + ":parley").getBytes(StandardCharsets.UTF_8));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(Browser.server() + "/api/v1/meetings"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject o = reader.readObject();
            return o.getString("id");
        }
    }

    /** Opens the room page, signs in as {@code user} and waits until the room shows its participants. */
    static void join(Browser browser, String user, String meeting) {
        browser.open("/meet/?m=" + meeting);
        browser.type(By.id("user"), user);
        browser.type(By.id("password"), "parley");
        browser.click(By.cssSelector("#signin button"));
        browser.waitFor(By.cssSelector("#people li"));
    }
}
