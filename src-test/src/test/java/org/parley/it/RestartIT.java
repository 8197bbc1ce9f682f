package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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
        var wlp = Path.of(System.getProperty("parley.it.wlp"));
        var process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, System.getProperty("parley.it.server"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("server " + action + " failed");
        }
    }

    private static void awaitReady() throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                if (Server.send(Server.MAIN.request("/health/ready").GET().build()).statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not become ready after the restart");
    }
}
