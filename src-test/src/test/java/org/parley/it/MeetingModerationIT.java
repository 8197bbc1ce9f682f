package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a moderator does: admit guests from the waiting room, hand over roles, remove someone,
 * lock the room, end the meeting; passwords; "in a meeting" presence set and cleared.
 */
class MeetingModerationIT {

    @Test
    void aGuestShouldWaitUntilAdmittedAndNeedThePassword() {
        var meeting = Meetings.create("alice", "{\"kind\":\"scheduled\",\"title\":\"Board review\","
                + "\"startsAt\":\"2030-01-15T09:00:00Z\",\"durationMinutes\":45,\"invitees\":[\"bob\"],"
                + "\"password\":\"s3cret-room\"}").getString("id");
        try (var alice = Meetings.join(Server.MAIN, "alice", meeting)) {
            try (var wrong = Sockets.open(Server.MAIN, "/guest/v1/meetings/" + meeting, null)) {
                wrong.send(Meetings.joinMessage("Visitor", "guess"));
                assertEquals(403, wrong.next("error").getJsonObject("problem").getInt("status"));
                assertEquals(4403, wrong.awaitClose());
            }
            try (var uninvited = Sockets.open(Server.MAIN, "/ws/v1/meetings/" + meeting, "dave")) {
                uninvited.send(Meetings.joinMessage(null, null));
                assertEquals(403, uninvited.next("error").getJsonObject("problem").getInt("status"));
            }
            try (var invited = Meetings.join(Server.MAIN, "bob", meeting)) {
                assertEquals("attendee", invited.joined().getJsonObject("you").getString("role"), "invitees need no password");
            }

            try (var guest = Sockets.open(Server.MAIN, "/guest/v1/meetings/" + meeting, null)) {
                guest.send(Meetings.joinMessage("Victor Visitor", "s3cret-room"));
                var waiting = guest.next("waiting");
                var knock = alice.next("knocked");
                assertEquals("Victor Visitor", knock.getString("name"));
                assertEquals(waiting.getString("participant"), knock.getString("participant"));
                alice.send("{\"type\":\"chat\",\"text\":\"not for the waiting room\"}");
                alice.next("chat");
                assertTrue(guest.quietFor(m -> "chat".equals(m.getString("type")), 1), "a waiting guest sees nothing");
                guest.send("{\"type\":\"chat\",\"text\":\"let me in\"}");
                assertEquals(403, guest.next("error").getJsonObject("problem").getInt("status"));

                alice.send("{\"type\":\"admit\",\"participant\":\"" + knock.getString("participant") + "\"}");
                var state = guest.next("state");
                assertEquals("Board review", state.getJsonObject("meeting").getString("title"));
                assertTrue(state.getJsonObject("you").getBoolean("guest"));
                assertEquals("not for the waiting room", state.getJsonArray("chat").getJsonObject(0).getString("text"));
                guest.send("{\"type\":\"chat\",\"text\":\"hello from outside\"}");
                assertEquals("hello from outside", alice.next("chat").getString("text"));
            }
        }
    }

    @Test
    void aModeratorShouldHandOverRolesRemoveLockAndEnd() {
        var meeting = Meetings.instant("bob", "carol", "dave", "erin").getString("id");
        try (var bob = Meetings.join(Server.MAIN, "bob", meeting);
             var carol = Meetings.join(Server.MAIN, "carol", meeting);
             var dave = Meetings.join(Server.MAIN, "dave", meeting)) {
            bob.send("{\"type\":\"role\",\"participant\":\"carol\",\"role\":\"moderator\"}");
            assertEquals("moderator", dave.next("role").getString("role"));
            carol.send("{\"type\":\"hand\",\"raised\":true}");
            assertTrue(dave.next("hand").getBoolean("raised"));

            carol.send("{\"type\":\"remove\",\"participant\":\"dave\"}");
            assertEquals("dave", bob.next("removed").getString("participant"));
            assertEquals(4403, dave.socket().awaitClose());
            try (var again = Sockets.open(Server.MAIN, "/ws/v1/meetings/" + meeting, "dave")) {
                again.send(Meetings.joinMessage(null, null));
                assertEquals(403, again.next("error").getJsonObject("problem").getInt("status"));
            }

            bob.send("{\"type\":\"lock\",\"locked\":true}");
            assertTrue(carol.next("locked").getBoolean("locked"));
            try (var erin = Sockets.open(Server.MAIN, "/ws/v1/meetings/" + meeting, "erin")) {
                erin.send(Meetings.joinMessage(null, null));
                assertTrue(erin.next("error").getJsonObject("problem").getString("detail").contains("locked"));
            }

            carol.send("{\"type\":\"end\"}");
            bob.next("ended");
            assertEquals(4410, bob.socket().awaitClose());
            assertEquals(4410, carol.socket().awaitClose());
        }
        assertFalse(Server.json(Server.MAIN.get("bob", "/api/v1/meetings/" + meeting)).getString("ended").isEmpty());
        try (var late = Sockets.open(Server.MAIN, "/ws/v1/meetings/" + meeting, "bob")) {
            late.send(Meetings.joinMessage(null, null));
            assertEquals(409, late.next("error").getJsonObject("problem").getInt("status"));
        }
    }

    @Test
    void presenceShouldShowInAMeetingWhileThereAndComeBackAfter() {
        var meeting = Meetings.instant("jgarcia").getString("id");
        try (var watcher = Sockets.connect("mrossi"); var own = Sockets.connect("jgarcia")) {
            own.send("{\"type\":\"status\",\"status\":\"away\",\"message\":\"back soon\"}");
            watcher.send("{\"type\":\"watch\",\"users\":[\"jgarcia\"]}");
            watcher.nextPresence("jgarcia", "back soon");
            try (var room = Meetings.join(Server.MAIN, "jgarcia", meeting)) {
                watcher.nextPresenceWithStatus("jgarcia", "in-meeting");
            }
            assertEquals("away", watcher.nextPresence("jgarcia", "back soon").getString("status"));
        }
    }

    @Test
    void restShouldValidateMeetingsAndWriteAnInvitation() {
        Problems.assertProblem(Meetings.post(Server.MAIN, "alice", "/api/v1/meetings", "application/json",
                "{\"kind\":\"scheduled\",\"title\":\"No time\"}".getBytes()), 400);
        Problems.assertProblem(Meetings.post(Server.MAIN, "alice", "/api/v1/meetings", "application/json",
                "{\"kind\":\"weekly\"}".getBytes()), 400);
        Problems.assertProblem(Meetings.post(Server.MAIN, "alice", "/api/v1/meetings", "application/json",
                "{\"kind\":\"instant\",\"invitees\":[\"nobody-such\"]}".getBytes()), 404);
        Problems.assertProblem(Meetings.post(Server.MAIN, "alice", "/api/v1/meetings", "application/json",
                "{\"kind\":\"instant\",\"password\":\"ab\"}".getBytes()), 400);
        Problems.assertProblem(Server.MAIN.get("alice", "/api/v1/meetings/nosuchroom"), 404);
        assertEquals(401, Server.send(Server.MAIN.request("/api/v1/meetings").GET().build()).statusCode());

        var created = Meetings.create("alice", "{\"kind\":\"scheduled\",\"title\":\"Plan; Q1, 2030\","
                + "\"startsAt\":\"2030-01-15T09:00:00Z\",\"durationMinutes\":90,\"invitees\":[\"bob\"],\"password\":\"letmein\"}");
        assertFalse(created.toString().contains("letmein"), "the password is never shown");
        assertTrue(created.getString("room").endsWith(created.getString("id")));
        var ics = Server.MAIN.get("bob", "/api/v1/meetings/" + created.getString("id") + "/invitation.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        var text = ics.body();
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(text.contains("DTSTART:20300115T090000Z\r\n"), text);
        assertTrue(text.contains("DTEND:20300115T103000Z\r\n"), text);
        assertTrue(text.contains("SUMMARY:Plan\\; Q1\\, 2030\r\n"), text);
        assertTrue(text.contains("UID:" + created.getString("id") + "@"), text);
        assertFalse(text.contains("letmein"));
        Problems.assertProblem(Server.MAIN.get("dave", "/api/v1/meetings/" + created.getString("id") + "/invitation.ics"), 403);
        var mine = Server.json(Server.MAIN.get("bob", "/api/v1/meetings")).getJsonArray("meetings").toString();
        assertTrue(mine.contains(created.getString("id")));
        // join audio rings the caller's phone into the meeting's conference: bob has none registered
        Problems.assertProblem(Meetings.post(Server.MAIN, "bob", "/api/v1/meetings/" + created.getString("id")
                + "/audio/call", "application/json", new byte[0]), 409);
        Problems.assertProblem(Meetings.post(Server.MAIN, "dave", "/api/v1/meetings/" + created.getString("id")
                + "/audio/call", "application/json", new byte[0]), 403);
        Problems.assertProblem(Server.send(Server.MAIN.as("bob", "/api/v1/meetings/" + created.getString("id"))
                .DELETE().build()), 403);
        assertEquals(204, Server.send(Server.MAIN.as("alice", "/api/v1/meetings/" + created.getString("id"))
                .DELETE().build()).statusCode());
    }

    @Test
    void anInstantMeetingFromAChatShouldInviteItsMembers() {
        try (var carol = Sockets.connect("carol")) {
            var conversation = Server.json(Meetings.post(Server.MAIN, "bob", "/api/v1/conversations", "application/json",
                    "{\"title\":\"Standup\",\"members\":[\"carol\",\"erin\"]}".getBytes())).getString("id");
            var meeting = Meetings.create("bob", "{\"kind\":\"instant\",\"conversation\":\"" + conversation + "\"}");
            assertTrue(MeetingRoomIT.strings(meeting.getJsonArray("invitees")).containsAll(java.util.List.of("carol", "erin")));
            var invitation = carol.next("meeting-invitation");
            assertEquals(meeting.getString("id"), invitation.getJsonObject("meeting").getString("id"));
            assertEquals("bob", invitation.getString("from"));
        }
    }
}
