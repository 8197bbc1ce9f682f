package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Group chats: create, invite, leave, members only, and escalation that keeps its context. */
class GroupChatIT {

    @Test
    void groupShouldTakeInvitationsAndLetMembersLeave() {
        try (var nibrahim = Sockets.connect("nibrahim"); var jli = Sockets.connect("jli")) {
            var group = Chat.group("slopez", Chat.unique("team"), null, "nibrahim");
            var id = group.getString("id");
            assertEquals("group", group.getString("kind"));
            assertEquals(List.of("nibrahim", "slopez"), members(group));
            assertEquals("created", membership(nibrahim, id).getString("action"));

            var invited = Chat.post("nibrahim", "/api/v1/conversations/" + id + "/members", "{\"users\":[\"jli\"]}");
            assertEquals(200, invited.statusCode(), invited.body());
            assertEquals(List.of("jli", "nibrahim", "slopez"), members(Server.json(invited)));
            var told = membership(jli, id);
            assertEquals("invited", told.getString("action"));
            assertEquals("nibrahim", told.getString("by"));

            var text = Chat.unique("welcome");
            Chat.sendOk("slopez", id, text);
            Chat.nextMessage(jli, id, text);
            Chat.nextMessage(nibrahim, id, text);

            assertEquals(204, Chat.delete("jli", "/api/v1/conversations/" + id + "/members/me").statusCode());
            var left = membership(nibrahim, id);
            assertEquals("left", left.getString("action"));
            assertEquals(List.of("nibrahim", "slopez"), members(left));
            var after = Chat.unique("after");
            Chat.sendOk("slopez", id, after);
            Chat.nextMessage(nibrahim, id, after);
            assertTrue(jli.quietFor(m -> Chat.isMessageOf(m, id), 2), "who left hears no more");
            assertProblem(Server.MAIN.get("jli", "/api/v1/conversations/" + id + "/messages"), 403);
        }
    }

    @Test
    void escalatedGroupShouldShowItsMembersTheOriginUpToTheEscalation() {
        var direct = Chat.direct("slopez", "nrahman");
        var before = Chat.unique("before");
        Chat.sendOk("slopez", direct, before);
        var origin = Chat.sendOk("nrahman", direct, Chat.unique("context"));
        var group = Chat.group("nrahman", Chat.unique("escalated"), direct, "jli");
        assertEquals(direct, group.getJsonObject("origin").getString("conversation"));
        assertEquals(origin.getJsonNumber("seq").longValue(), group.getJsonObject("origin").getJsonNumber("upTo").longValue());
        var later = Chat.unique("later, just the two");
        Chat.sendOk("slopez", direct, later);

        var context = Server.json(Server.MAIN.get("jli", "/api/v1/conversations/" + group.getString("id") + "/context?limit=2"));
        var texts = context.getJsonArray("messages").stream().map(m -> m.asJsonObject().getString("text")).toList();
        assertEquals(List.of(origin.getString("text"), before), texts, "newest first, up to the escalation");
        assertTrue(context.getJsonArray("messages").stream().allMatch(m -> direct.equals(m.asJsonObject().getString("conversation"))));
        assertProblem(Server.MAIN.get("jli", "/api/v1/conversations/" + direct + "/messages"), 403);
        assertProblem(Server.MAIN.get("jli", "/api/v1/conversations/" + direct + "/context"), 403);
    }

    @Test
    void escalatingAConversationOfOthersShouldBeRefused() {
        var direct = Chat.direct("slopez", "nibrahim");
        assertProblem(Chat.post("jli", "/api/v1/conversations", "{\"title\":\"steal\",\"members\":[],\"origin\":\""
                + direct + "\"}"), 403);
        assertProblem(Chat.post("jli", "/api/v1/conversations", "{\"title\":\"x\",\"members\":[\"no.such.person\"]}"), 404);
        assertProblem(Chat.post("jli", "/api/v1/conversations", "{\"members\":[]}"), 400);
        assertProblem(Chat.post("jli", "/api/v1/conversations/" + direct + "/members", "{\"users\":[\"jli\"]}"), 403);
    }

    private static JsonObject membership(Sockets socket, String conversation) {
        return socket.next(m -> "membership".equals(m.getString("type")) && conversation.equals(m.getString("conversation")),
                "membership of " + conversation);
    }

    private static List<String> members(JsonObject o) {
        return o.getJsonArray("members").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
