package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.it.Problems.assertProblem;
import static org.parley.it.Problems.assertProblemFields;

import org.junit.jupiter.api.Test;

/** Only members see or touch a conversation, over REST and WebSocket alike. */
class ChatAccessIT {

    @Test
    void nonMemberShouldBeRefusedEverywhere() {
        var group = Chat.group("asato", Chat.unique("members only"), null, "dwatanabe").getString("id");
        Chat.sendOk("asato", group, "secret");
        var path = "/api/v1/conversations/" + group;
        assertProblem(Server.MAIN.get("ismith", path), 403);
        assertProblem(Server.MAIN.get("ismith", path + "/messages"), 403);
        assertProblem(Server.MAIN.get("ismith", path + "/messages?after=0"), 403);
        assertProblem(Server.MAIN.get("ismith", path + "/context"), 403);
        assertProblem(Chat.send("ismith", group, "let me in", null), 403);
        assertProblem(Chat.post("ismith", path + "/read", "{\"seq\":1}"), 403);
        assertProblem(Chat.post("ismith", path + "/members", "{\"users\":[\"ismith\"]}"), 403);
        assertProblem(Chat.delete("ismith", path + "/members/me"), 403);
        assertProblem(Server.MAIN.get("ismith", path + "/files/00000000-0000-0000-0000-000000000000"), 403);
        assertEquals(0, Server.json(Server.MAIN.get("ismith", "/api/v1/messages/search?q=secret")).getJsonArray("messages")
                .stream().filter(m -> group.equals(m.asJsonObject().getString("conversation"))).count());

        try (var ismith = Sockets.connect("ismith")) {
            for (var message : new String[] {
                "{\"type\":\"send\",\"conversation\":\"" + group + "\",\"body\":\"x\"}",
                "{\"type\":\"typing\",\"conversation\":\"" + group + "\"}",
                "{\"type\":\"read\",\"conversation\":\"" + group + "\",\"seq\":1}"}) {
                ismith.send(message);
                var error = ismith.next("error");
                assertProblemFields(error.getJsonObject("problem"), 403);
                assertEquals(group, error.getString("conversation"));
            }
        }
    }

    @Test
    void unknownConversationsAndBadInputShouldGetClearErrors() {
        assertProblem(Server.MAIN.get("ismith", "/api/v1/conversations/g-00000000-0000-0000-0000-000000000000"), 404);
        assertProblem(Server.MAIN.get("ismith", "/api/v1/conversations/not-an-id"), 400);
        assertProblem(Server.MAIN.putJson("ismith", "/api/v1/conversations/direct/no.such.person", ""), 404);
        assertProblem(Server.MAIN.putJson("ismith", "/api/v1/conversations/direct/ismith", ""), 400);
        try (var ismith = Sockets.connect("ismith")) {
            ismith.send("{\"type\":\"send\",\"body\":\"to nobody\"}");
            assertProblemFields(ismith.next("error").getJsonObject("problem"), 400);
            ismith.send("{\"type\":\"sync\",\"conversations\":[1,2]}");
            assertProblemFields(ismith.next("error").getJsonObject("problem"), 400);
            ismith.send("{\"type\":\"read\",\"conversation\":\"g-1\",\"seq\":\"x\"}");
            assertProblemFields(ismith.next("error").getJsonObject("problem"), 400);
        }
    }
}
