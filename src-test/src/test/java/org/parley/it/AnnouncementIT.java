package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import org.junit.jupiter.api.Test;

/** Administrators' announcements reach their audience live and stay listed. */
class AnnouncementIT {

    @Test
    void groupAnnouncementShouldReachOnlyTheGroupsMembers() {
        var text = Chat.unique("atlas all-hands");
        try (var bob = Sockets.connect("bob"); var dave = Sockets.connect("dave")) {
            var posted = Chat.post("alice", "/api/v1/announcements",
                    "{\"text\":" + Chat.quote("<b>" + text + "</b><script>x()</script>") + ",\"group\":\"project-atlas\"}");
            assertEquals(201, posted.statusCode(), posted.body());
            var pushed = bob.next(m -> "announcement".equals(m.getString("type")) && text.equals(m.getString("text")),
                    "the announcement");
            assertEquals("<b>" + text + "</b>", pushed.getString("html"));
            assertEquals("project-atlas", pushed.getString("group"));
            assertTrue(dave.quietFor(m -> "announcement".equals(m.getString("type")) && text.equals(m.getString("text")), 2));
        }
        assertTrue(listed("bob", text));
        assertTrue(!listed("dave", text), "not listed for those outside the group");
    }

    @Test
    void announcementToEveryoneShouldReachEveryoneAndOnlyAdministratorsMaySend() {
        var text = Chat.unique("maintenance tonight");
        try (var dave = Sockets.connect("dave")) {
            assertEquals(201, Chat.post("alice", "/api/v1/announcements", "{\"text\":" + Chat.quote(text) + "}").statusCode());
            dave.next(m -> "announcement".equals(m.getString("type")) && text.equals(m.getString("text")), "announcement");
        }
        assertTrue(listed("erin", text));
        assertProblem(Chat.post("bob", "/api/v1/announcements", "{\"text\":\"I am not an admin\"}"), 403);
        assertProblem(Chat.post("alice", "/api/v1/announcements", "{\"text\":\"x\",\"group\":\"no-such-group\"}"), 404);
    }

    private static boolean listed(String user, String text) {
        var response = Server.MAIN.get(user, "/api/v1/announcements");
        assertEquals(200, response.statusCode(), response.body());
        return Server.json(response).getJsonArray("announcements").stream()
                .anyMatch(a -> text.equals(a.asJsonObject().getString("text")));
    }
}
