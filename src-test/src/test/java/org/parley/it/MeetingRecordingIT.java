package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Recording: the moderator starts and stops it, everyone is told; the recording's file holds
 * the same events in the same order as the participants saw them live; it is listed,
 * downloadable, and deletable by its owner or an administrator only.
 */
class MeetingRecordingIT {

    @Test
    void aRecordingShouldPlayBackTheSequenceEveryoneSaw() {
        var meeting = Meetings.instant("alice", "bob", "carol").getString("id");
        var live = new ArrayList<String>();
        String recording;
        try (var alice = Meetings.join(Server.MAIN, "alice", meeting);
             var bob = Meetings.join(Server.MAIN, "bob", meeting)) {
            alice.send("{\"type\":\"chat\",\"text\":\"before recording\"}");
            bob.next("chat");
            var deck = Server.json(Meetings.upload("alice", meeting, "r.pdf", Meetings.pdf(2))).getString("deck");
            bob.next("deck");

            alice.send("{\"type\":\"record\",\"on\":true}");
            var started = bob.next("recording");
            assertTrue(started.getBoolean("on"));
            recording = started.getString("recording");
            assertEquals(recording, alice.next("recording").getString("recording"));

            alice.send("{\"type\":\"page\",\"deck\":\"" + deck + "\",\"page\":2}");
            live.add(key(bob.next("page")));
            alice.send("{\"type\":\"stroke\",\"kind\":\"line\",\"points\":[0,0,100,100],\"color\":\"#0000ff\",\"width\":4}");
            live.add(key(bob.next("stroke")));
            bob.send("{\"type\":\"chat\",\"text\":\"during recording\"}");
            live.add(key(bob.next("chat")));
            try (var carol = Meetings.join(Server.MAIN, "carol", meeting)) {
                assertEquals(recording, carol.joined().getString("recording"), "a latecomer is told it is recording");
                live.add(key(bob.next("joined")));
            }
            live.add(key(bob.next("left")));
            alice.send("{\"type\":\"url\",\"url\":\"https://example.org/\"}");
            live.add(key(bob.next("url")));
            alice.send("{\"type\":\"record\",\"on\":false}");
            var stopped = bob.next("recording");
            live.add(key(stopped));
            assertEquals(false, stopped.getBoolean("on"));
        }

        var list = Server.json(Server.MAIN.get("bob", "/api/v1/meetings/" + meeting + "/recordings"));
        assertEquals(recording, list.getJsonArray("recordings").getJsonObject(0).getString("id"));

        var download = Server.MAIN.get("bob", "/api/v1/meetings/" + meeting + "/recordings/" + recording);
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        var file = Server.json(download);
        assertEquals("parley-meeting-recording", file.getString("format"));
        assertEquals(1, file.getInt("version"));
        var initial = file.getJsonObject("initialState");
        assertEquals(1, initial.getJsonArray("decks").size(), "the state when recording started");
        assertEquals("before recording", initial.getJsonArray("chat").getJsonObject(0).getString("text"));
        var recorded = new ArrayList<String>();
        long lastOffset = -1;
        for (var e : file.getJsonArray("events").getValuesAs(JsonObject.class)) {
            assertTrue(e.getJsonNumber("offsetMillis").longValue() >= lastOffset, "in time order");
            lastOffset = e.getJsonNumber("offsetMillis").longValue();
            if (!List.of("knocked").contains(e.getString("type"))) {
                recorded.add(key(e));
            }
        }
        assertEquals(live, recorded);

        var byBob = Server.send(Server.MAIN.as("bob", "/api/v1/meetings/" + meeting + "/recordings/" + recording)
                .DELETE().build());
        Problems.assertProblem(byBob, 403);
        var byAlice = Server.send(Server.MAIN.as("alice", "/api/v1/meetings/" + meeting + "/recordings/" + recording)
                .DELETE().build());
        assertEquals(204, byAlice.statusCode());
        Problems.assertProblem(Server.MAIN.get("alice", "/api/v1/meetings/" + meeting + "/recordings/" + recording), 404);
    }

    @Test
    void anAdministratorShouldDeleteAnyonesRecordingAndOutsidersShouldNotReadIt() {
        var meeting = Meetings.instant("bob").getString("id");
        String recording;
        try (var bob = Meetings.join(Server.MAIN, "bob", meeting)) {
            bob.send("{\"type\":\"record\",\"on\":true}");
            recording = bob.next("recording").getString("recording");
            Problems.assertProblem(Server.MAIN.get("bob", "/api/v1/meetings/" + meeting + "/recordings/" + recording), 409);
            bob.send("{\"type\":\"chat\",\"text\":\"short\"}");
            bob.next("chat");
            bob.send("{\"type\":\"record\",\"on\":false}");
            bob.next("recording");
        }
        Problems.assertProblem(Server.MAIN.get("dave", "/api/v1/meetings/" + meeting + "/recordings/" + recording), 403);
        assertEquals(0, Server.json(Server.MAIN.get("dave", "/api/v1/meetings/" + meeting + "/recordings"))
                .getJsonArray("recordings").size());
        var byAdmin = Server.send(Server.MAIN.as("alice", "/api/v1/meetings/" + meeting + "/recordings/" + recording)
                .DELETE().build());
        assertEquals(204, byAdmin.statusCode());
    }

    /** What identifies an event in both the live stream and the file. */
    private static String key(JsonObject e) {
        return e.getJsonNumber("seq").longValue() + ":" + e.getString("type");
    }

}
