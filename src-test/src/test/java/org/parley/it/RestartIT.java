package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Presence is stored in the database and survives a restart of the server. */
class RestartIT {

    @Test
    void statusShouldSurviveAServerRestartAndConnectionsShouldNot() throws Exception {
        var message = "before restart " + UUID.randomUUID();
        var erin = Sockets.connect("erin");
        var set = Server.MAIN.putJson("erin", "/api/v1/presence/me", "{\"status\":\"away\",\"message\":\"" + message + "\"}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("away", Server.json(set).getString("status"));

        server("stop");
        erin.awaitClose();
        server("start");
        awaitReady();

        var alone = Server.json(Server.MAIN.get("bob", "/api/v1/presence/erin"));
        assertEquals("offline", alone.getString("status"), "the connection ended with the server: no ghost");
        try (var again = Sockets.connect("erin")) {
            var after = Server.json(Server.MAIN.get("bob", "/api/v1/presence/erin"));
            assertEquals("away", after.getString("status"));
            assertEquals(message, after.getString("message"));
        }
    }

    private static void server(String action) throws IOException, InterruptedException {
        ServerProcess.run(action, System.getProperty("parley.it.server"));
    }

    private static void awaitReady() throws InterruptedException {
        ServerProcess.awaitReady(Server.MAIN);
    }
}
