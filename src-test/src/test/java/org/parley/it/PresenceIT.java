package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.it.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Presence over REST: stored, readable by others, and guarded against bad input. */
class PresenceIT {

    @Test
    void statusSetByOneUserShouldBeSeenByAnother() {
        try (var dave = Sockets.connect("dave")) {
            var message = "in the lab " + UUID.randomUUID();
            var set = Server.MAIN.putJson("dave", "/api/v1/presence/me",
                    "{\"status\":\"dnd\",\"message\":\"" + message + "\",\"location\":\"Lab 3\",\"timeZone\":\"Europe/Paris\"}");
            assertEquals(200, set.statusCode(), set.body());

            var seen = Server.json(Server.MAIN.get("erin", "/api/v1/presence/dave"));
            assertEquals("dave", seen.getString("user"));
            assertEquals("dnd", seen.getString("status"));
            assertEquals(message, seen.getString("message"));
            assertEquals("Lab 3", seen.getString("location"));
            assertEquals("Europe/Paris", seen.getString("timeZone"));
        }
    }

    @Test
    void someoneWithNoOpenConnectionShouldBeOfflineWhateverTheyChose() {
        Server.MAIN.putJson("erin", "/api/v1/presence/me", "{\"status\":\"available\"}");
        assertEquals("offline", Server.json(Server.MAIN.get("dave", "/api/v1/presence/erin")).getString("status"));
    }

    @Test
    void unknownTimeZoneShouldGet400Problem() {
        assertProblem(Server.MAIN.putJson("erin", "/api/v1/presence/me", "{\"status\":\"away\",\"timeZone\":\"Mars/Olympus\"}"), 400);
    }

    @Test
    void bulkLookUpShouldLeaveOutUnknownUsers() {
        var response = Server.MAIN.get("erin", "/api/v1/presence?user=bob&user=carol&user=no.such.person");
        assertEquals(200, response.statusCode(), response.body());
        var found = Server.json(response);
        assertEquals(java.util.Set.of("bob", "carol"), found.keySet());
        assertEquals("bob", found.getJsonObject("bob").getString("user"));
    }

    @Test
    void unknownStatusShouldGet400ProblemAndKeepTheOldStatus() {
        try (var erin = Sockets.connect("erin")) {
            Server.MAIN.putJson("erin", "/api/v1/presence/me", "{\"status\":\"away\",\"message\":\"before\"}");
            var problem = assertProblem(Server.MAIN.putJson("erin", "/api/v1/presence/me", "{\"status\":\"sleepy\"}"), 400);
            assertEquals(true, problem.getString("detail").contains("available"), problem.toString());
            var now = Server.json(Server.MAIN.get("erin", "/api/v1/presence/me"));
            assertEquals("away", now.getString("status"));
            assertEquals("before", now.getString("message"));
        }
    }

    @Test
    void malformedJsonShouldGet400Problem() {
        assertProblem(Server.MAIN.putJson("erin", "/api/v1/presence/me", "{\"status\":"), 400);
        assertProblem(Server.MAIN.putJson("erin", "/api/v1/presence/me", "[1,2,3]"), 400);
        assertProblem(Server.MAIN.putJson("erin", "/api/v1/presence/me", ""), 400);
    }

    @Test
    void overlongStatusMessageShouldGet400Problem() {
        var tooLong = "x".repeat(300);
        assertProblem(Server.MAIN.putJson("erin", "/api/v1/presence/me", "{\"status\":\"away\",\"message\":\"" + tooLong + "\"}"), 400);
    }

    @Test
    void oversizedBodyShouldGet413Problem() {
        var huge = "{\"status\":\"away\",\"message\":\"" + "y".repeat(200_000) + "\"}";
        assertProblem(Server.MAIN.putJson("erin", "/api/v1/presence/me", huge), 413);
    }

    @Test
    void oversizedChunkedBodyShouldGet413Problem() {
        var huge = ("{\"status\":\"away\",\"message\":\"" + "y".repeat(200_000) + "\"}").getBytes();
        var request = Server.MAIN.as("erin", "/api/v1/presence/me").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))).build();
        assertProblem(Server.send(request), 413);
    }

    @Test
    void unknownUserShouldGet404Problem() {
        assertProblem(Server.MAIN.get("erin", "/api/v1/presence/no.such.person"), 404);
    }

    @Test
    void malformedUserIdShouldGet400Problem() {
        assertProblem(Server.MAIN.get("erin", "/api/v1/presence/a*b(c"), 400);
    }

    @Test
    void unknownPathShouldGet404Problem() {
        assertProblem(Server.MAIN.get("erin", "/api/v1/no-such-resource"), 404);
    }

    @Test
    void wrongMediaTypeShouldGetProblem() {
        var response = Server.send(Server.MAIN.as("erin", "/api/v1/presence/me").header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("away")).build());
        assertProblem(response, 415);
    }
}
