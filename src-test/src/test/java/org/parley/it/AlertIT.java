package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Alerts fire once, reach the watcher live, stay listed until removed, and respect privacy lists. */
class AlertIT {

    @AfterEach
    void clean() {
        PrivacyIT.setPrivacy("dave", "everyone", "");
        for (var watcher : new String[] {"carol", "erin"}) {
            var alerts = Server.json("{\"a\":" + Server.MAIN.get(watcher, "/api/v1/alerts").body() + "}").getJsonArray("a");
            for (var a : alerts) {
                Server.send(Server.MAIN.as(watcher, "/api/v1/alerts/" + a.asJsonObject().getJsonNumber("id").longValue())
                        .DELETE().build());
            }
        }
    }

    @Test
    void alertShouldFireOnceWhenThePersonBecomesAvailable() {
        try (var carol = Sockets.connect("carol"); var dave = Sockets.connect("dave")) {
            dave.send("{\"type\":\"status\",\"status\":\"dnd\",\"message\":\"busy " + UUID.randomUUID() + "\"}");
            var set = Server.send(Server.MAIN.as("carol", "/api/v1/alerts").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"dave\",\"kind\":\"available\"}")).build());
            assertEquals(201, set.statusCode(), set.body());

            dave.send("{\"type\":\"status\",\"status\":\"available\",\"message\":\"free\"}");
            var alert = carol.next("alert");
            assertEquals("dave", alert.getString("user"));
            assertEquals("available", alert.getString("status"));

            dave.send("{\"type\":\"status\",\"status\":\"dnd\",\"message\":\"busy again\"}");
            dave.send("{\"type\":\"status\",\"status\":\"available\",\"message\":\"free again\"}");
            assertTrue(carol.quietFor(m -> "alert".equals(m.getString("type")), 2), "an alert fires once");

            var listed = Server.json("{\"a\":" + Server.MAIN.get("carol", "/api/v1/alerts").body() + "}").getJsonArray("a");
            assertEquals(1, listed.size());
            assertEquals("available", listed.getJsonObject(0).getString("firedStatus"), "kept until removed");
        }
    }

    @Test
    void hiddenWatcherShouldNeverBeAlerted() {
        try (var erin = Sockets.connect("erin"); var dave = Sockets.connect("dave")) {
            dave.send("{\"type\":\"status\",\"status\":\"dnd\",\"message\":\"x " + UUID.randomUUID() + "\"}");
            PrivacyIT.setPrivacy("dave", "except", "\"erin\"");
            Server.send(Server.MAIN.as("erin", "/api/v1/alerts").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"dave\",\"kind\":\"change\"}")).build());
            dave.send("{\"type\":\"status\",\"status\":\"available\",\"message\":\"secret\"}");
            assertTrue(erin.quietFor(m -> "alert".equals(m.getString("type")), 3), "erin learns nothing");
            var listed = Server.json("{\"a\":" + Server.MAIN.get("erin", "/api/v1/alerts").body() + "}").getJsonArray("a");
            var waiting = listed.getJsonObject(0);
            assertTrue(!waiting.containsKey("firedStatus") || waiting.isNull("firedStatus"), "still waiting: " + listed);
        }
    }

    @Test
    void badAlertsShouldGetProblems() {
        assertProblem(Server.send(Server.MAIN.as("carol", "/api/v1/alerts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"no.such.person\",\"kind\":\"available\"}")).build()), 404);
        assertProblem(Server.send(Server.MAIN.as("carol", "/api/v1/alerts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"dave\",\"kind\":\"soon\"}")).build()), 400);
        assertProblem(Server.send(Server.MAIN.as("carol", "/api/v1/alerts/987654321").DELETE().build()), 404);
    }
}
