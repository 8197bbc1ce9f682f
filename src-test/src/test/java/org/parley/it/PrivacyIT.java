package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Privacy lists are enforced on the server: a hidden watcher never learns the status, by any path. */
class PrivacyIT {

    @AfterEach
    void everyoneMaySeeDaveAgain() {
        setPrivacy("dave", "everyone", "");
    }

    @Test
    void personHiddenByExceptListShouldSeeOfflineEverywhereWhileOthersSeeTheTruth() {
        try (var dave = Sockets.connect("dave"); var carol = Sockets.connect("carol"); var erin = Sockets.connect("erin")) {
            setPrivacy("dave", "except", "\"carol\"");
            var secret = "secret " + UUID.randomUUID();
            dave.send("{\"type\":\"status\",\"status\":\"dnd\",\"message\":\"" + secret + "\",\"location\":\"Room 7\"}");
            erin.send("{\"type\":\"watch\",\"users\":[\"dave\"]}");
            carol.send("{\"type\":\"watch\",\"users\":[\"dave\"]}");
            assertEquals("dnd", erin.nextPresence("dave", secret).getString("status"));

            var carolSees = carol.next("presence");
            assertHidden(carolSees);
            assertHidden(Server.json(Server.MAIN.get("carol", "/api/v1/presence/dave")));
            assertHidden(Server.json(Server.MAIN.get("carol", "/api/v1/presence?user=dave")).getJsonObject("dave"));

            var later = "later " + UUID.randomUUID();
            dave.send("{\"type\":\"status\",\"status\":\"in-meeting\",\"message\":\"" + later + "\"}");
            erin.nextPresence("dave", later);
            assertTrue(carol.quietFor(m -> "presence".equals(m.getString("type")), 2), "carol is told nothing");
        }
    }

    @Test
    void onlyListShouldShowPresenceToTheListedAlone() {
        try (var dave = Sockets.connect("dave")) {
            setPrivacy("dave", "only", "\"erin\"");
            dave.send("{\"type\":\"status\",\"status\":\"away\",\"message\":\"only erin\"}");
            assertEquals("away", awaitStatus("erin", "dave", "away"));
            assertHidden(Server.json(Server.MAIN.get("bob", "/api/v1/presence/dave")));
        }
    }

    @Test
    void watcherShouldSeeThePersonGoOfflineWhenHiddenWhileWatching() {
        try (var dave = Sockets.connect("dave"); var carol = Sockets.connect("carol")) {
            dave.send("{\"type\":\"status\",\"status\":\"away\",\"message\":\"visible " + UUID.randomUUID() + "\"}");
            carol.send("{\"type\":\"watch\",\"users\":[\"dave\"]}");
            carol.nextPresenceWithStatus("dave", "away");
            setPrivacy("dave", "except", "\"carol\"");
            assertHidden(carol.nextPresenceWithStatus("dave", "offline"));
        }
    }

    @Test
    void staleVersionShouldGet409AndKeepTheOtherChange() {
        long version = Server.json(Server.MAIN.get("dave", "/api/v1/privacy")).getJsonNumber("version").longValue();
        var first = Server.MAIN.putJson("dave", "/api/v1/privacy",
                "{\"visibility\":\"except\",\"list\":[\"bob\"],\"dndExceptions\":[],\"version\":" + version + "}");
        assertEquals(200, first.statusCode(), first.body());
        assertProblem(Server.MAIN.putJson("dave", "/api/v1/privacy",
                "{\"visibility\":\"everyone\",\"list\":[],\"dndExceptions\":[],\"version\":" + version + "}"), 409);
        var now = Server.json(Server.MAIN.get("dave", "/api/v1/privacy"));
        assertEquals("except", now.getString("visibility"));
        assertEquals("bob", now.getJsonArray("list").getString(0));
    }

    @Test
    void badPrivacyListsShouldGet400Problems() {
        long version = Server.json(Server.MAIN.get("dave", "/api/v1/privacy")).getJsonNumber("version").longValue();
        assertProblem(Server.MAIN.putJson("dave", "/api/v1/privacy",
                "{\"visibility\":\"friends\",\"list\":[],\"version\":" + version + "}"), 400);
        assertProblem(Server.MAIN.putJson("dave", "/api/v1/privacy",
                "{\"visibility\":\"only\",\"list\":[\"a*b\"],\"version\":" + version + "}"), 400);
        assertProblem(Server.MAIN.putJson("dave", "/api/v1/privacy", "{\"visibility\":\"only\"}"), 400);
    }

    static void setPrivacy(String owner, String visibility, String list) {
        long version = Server.json(Server.MAIN.get(owner, "/api/v1/privacy")).getJsonNumber("version").longValue();
        var response = Server.MAIN.putJson(owner, "/api/v1/privacy", "{\"visibility\":\"" + visibility
                + "\",\"list\":[" + list + "],\"dndExceptions\":[],\"version\":" + version + "}");
        assertEquals(200, response.statusCode(), response.body());
    }

    private static String awaitStatus(String viewer, String user, String status) {
        var deadline = System.nanoTime() + Server.TIMEOUT.toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = Server.json(Server.MAIN.get(viewer, "/api/v1/presence/" + user)).getString("status");
            if (status.equals(seen)) {
                return seen;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return seen;
    }

    private static void assertHidden(JsonObject presence) {
        assertEquals("offline", presence.getString("status"), presence.toString());
        assertEquals("", presence.getString("message"), presence.toString());
        assertEquals("", presence.getString("location"), presence.toString());
        assertEquals(0, presence.getJsonNumber("revision").longValue(), "nothing hints at changes: " + presence);
    }
}
