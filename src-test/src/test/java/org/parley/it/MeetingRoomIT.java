package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

/**
 * A meeting room with three participants and a latecomer, over the room WebSocket: slides turn
 * for everyone, strokes and poll results reach everyone, chat, and a latecomer lands on the
 * current state; what a role does not allow is refused by the server.
 */
class MeetingRoomIT {

    @Test
    void threeParticipantsShouldShareSlidesBoardPollsAndChatAndALatecomerShouldSeeTheState() {
        var meeting = Meetings.instant("alice", "bob", "carol").getString("id");
        try (var alice = Meetings.join(Server.MAIN, "alice", meeting);
             var bob = Meetings.join(Server.MAIN, "bob", meeting);
             var carol = Meetings.join(Server.MAIN, "carol", meeting)) {
            assertEquals("moderator", alice.joined().getJsonObject("you").getString("role"));
            assertEquals("attendee", carol.joined().getJsonObject("you").getString("role"));

            var upload = Meetings.upload("alice", meeting, "plan.pdf", Meetings.pdf(3));
            assertEquals(201, upload.statusCode(), upload.body());
            var deck = Server.json(upload).getString("deck");
            assertEquals(3, Server.json(upload).getInt("pages"));
            for (var room : List.of(alice, bob, carol)) {
                assertEquals(deck, room.next("deck").getString("deck"));
            }
            var image = Meetings.bytes("/meetings-media/" + deck + "/2.png");
            assertEquals(200, image.statusCode());
            assertEquals("PNG", new String(image.body(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII));

            alice.send("{\"type\":\"page\",\"deck\":\"" + deck + "\",\"page\":2}");
            for (var room : List.of(alice, bob, carol)) {
                var page = room.next("page");
                assertEquals(2, page.getInt("page"));
                assertEquals("alice", page.getString("by"));
            }

            alice.send("{\"type\":\"grant\",\"participant\":\"bob\",\"permission\":\"draw\",\"allowed\":true}");
            bob.next("permission");
            bob.send("{\"type\":\"stroke\",\"kind\":\"freehand\",\"points\":[10,10,200,300,400,420],\"color\":\"#ff0000\",\"width\":3}");
            for (var room : List.of(alice, bob, carol)) {
                var stroke = room.next("stroke");
                assertEquals("bob", stroke.getString("by"));
                assertEquals(6, stroke.getJsonArray("points").size());
            }

            alice.send("{\"type\":\"create-poll\",\"question\":\"Ship it?\",\"options\":[\"yes\",\"no\"]}");
            var poll = carol.next("poll").getString("poll");
            bob.send("{\"type\":\"vote\",\"poll\":\"" + poll + "\",\"option\":0}");
            carol.send("{\"type\":\"vote\",\"poll\":\"" + poll + "\",\"option\":0}");
            var results = alice.socket().next(m -> "poll-results".equals(m.getString("type"))
                    && m.getJsonArray("counts").getInt(0) == 2, "two votes for yes");
            assertFalse(results.containsKey("by"), "votes are secret");
            carol.send("{\"type\":\"vote\",\"poll\":\"" + poll + "\",\"option\":1}");
            assertEquals(409, carol.error("vote").getJsonObject("problem").getInt("status"));

            var hello = Chat.unique("hello room");
            carol.send("{\"type\":\"chat\",\"text\":" + Chat.quote(hello) + "}");
            for (var room : List.of(alice, bob, carol)) {
                var chat = room.next("chat");
                assertEquals(hello, chat.getString("text"));
                assertEquals("carol", chat.getString("by"));
            }

            try (var dave = Meetings.join(Server.MAIN, "dave", meeting)) {
                var state = dave.joined();
                assertEquals(deck, state.getString("deck"));
                assertEquals(2, state.getInt("page"));
                assertEquals(1, state.getJsonArray("strokes").size());
                var seen = state.getJsonArray("polls").getJsonObject(0);
                assertEquals(2, seen.getJsonArray("counts").getInt(0));
                assertEquals(hello, last(state.getJsonArray("chat").getValuesAs(JsonObject.class)).getString("text"));
                assertEquals(4, state.getJsonArray("participants").size());
            }
        }
    }

    @Test
    void theServerShouldRefuseWhatARoleDoesNotAllowWhateverTheClientSends() {
        var meeting = Meetings.instant("alice", "carol").getString("id");
        try (var alice = Meetings.join(Server.MAIN, "alice", meeting);
             var carol = Meetings.join(Server.MAIN, "carol", meeting)) {
            var upload = Meetings.upload("alice", meeting, "one.pdf", Meetings.pdf(2));
            var deck = Server.json(upload).getString("deck");
            carol.next("deck");

            carol.send("{\"type\":\"page\",\"deck\":\"" + deck + "\",\"page\":2}");
            assertEquals(403, carol.error("page").getJsonObject("problem").getInt("status"));
            carol.send("{\"type\":\"stroke\",\"kind\":\"rect\",\"points\":[1,1,50,50],\"color\":\"#00ff00\",\"width\":2}");
            assertEquals(403, carol.error("stroke").getJsonObject("problem").getInt("status"));
            carol.send("{\"type\":\"clear\"}");
            assertEquals(403, carol.error("clear").getJsonObject("problem").getInt("status"));
            carol.send("{\"type\":\"url\",\"url\":\"https://example.org/\"}");
            assertEquals(403, carol.error("url").getJsonObject("problem").getInt("status"));
            carol.send("{\"type\":\"lock\",\"locked\":true}");
            assertEquals(403, carol.error("lock").getJsonObject("problem").getInt("status"));
            carol.send("{\"type\":\"record\",\"on\":true}");
            assertEquals(403, carol.error("record").getJsonObject("problem").getInt("status"));
            carol.send("{\"type\":\"remove\",\"participant\":\"alice\"}");
            assertEquals(403, carol.error("remove").getJsonObject("problem").getInt("status"));
            var carolUpload = Meetings.upload("carol", meeting, "mine.pdf", Meetings.pdf(1));
            assertEquals(403, carolUpload.statusCode());

            alice.send("{\"type\":\"url\",\"url\":\"javascript:alert(1)\"}");
            assertEquals(400, alice.error("url").getJsonObject("problem").getInt("status"));
            alice.send("{\"type\":\"stroke\",\"kind\":\"rect\",\"points\":[1,1,50,99999],\"color\":\"#00ff00\",\"width\":2}");
            assertEquals(400, alice.error("stroke").getJsonObject("problem").getInt("status"));
            alice.send("{\"type\":\"no-such-thing\"}");
            alice.error("no-such-thing");
            alice.send("not json");
            alice.next("error");

            // Nothing of the refused messages happened: a newcomer sees page 0 and an empty board.
            try (var erin = Meetings.join(Server.MAIN, "erin", meeting)) {
                assertEquals(0, erin.joined().getInt("page"));
                assertEquals(0, erin.joined().getJsonArray("strokes").size());
                assertEquals("", erin.joined().getString("url"));
                assertFalse(erin.joined().getBoolean("locked"));
            }

            alice.send("{\"type\":\"url\",\"url\":\"https://example.org/agenda\"}");
            assertEquals("https://example.org/agenda", carol.next("url").getString("url"));
            alice.send("{\"type\":\"role\",\"participant\":\"carol\",\"role\":\"presenter\"}");
            carol.next("role");
            carol.send("{\"type\":\"page\",\"deck\":\"" + deck + "\",\"page\":2}");
            assertEquals(2, alice.next("page").getInt("page"));
        }
    }

    private static JsonObject last(List<JsonObject> items) {
        return items.get(items.size() - 1);
    }

    static List<String> strings(jakarta.json.JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
