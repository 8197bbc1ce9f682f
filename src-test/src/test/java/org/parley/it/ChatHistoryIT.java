package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** History kept on the server: pages newest first with a before cursor, and search of one's own conversations. */
class ChatHistoryIT {

    @Test
    void historyShouldPageNewestFirstWithABeforeCursor() {
        var conversation = Chat.group("mahmed", Chat.unique("history"), null, "jgarcia").getString("id");
        for (int i = 1; i <= 7; i++) {
            Chat.sendOk(i % 2 == 0 ? "jgarcia" : "mahmed", conversation, "h" + i);
        }
        var seen = new ArrayList<String>();
        long before = 0;
        boolean more = true;
        while (more) {
            var page = Server.json(Server.MAIN.get("jgarcia", "/api/v1/conversations/" + conversation
                    + "/messages?limit=3" + (before > 0 ? "&before=" + before : "")));
            var messages = page.getJsonArray("messages");
            assertTrue(messages.size() <= 3);
            messages.forEach(m -> seen.add(m.asJsonObject().getString("text")));
            before = messages.getJsonObject(messages.size() - 1).getJsonNumber("seq").longValue();
            more = page.getBoolean("more");
        }
        assertEquals(List.of("h7", "h6", "h5", "h4", "h3", "h2", "h1"), seen);
        var after = Server.json(Server.MAIN.get("jgarcia", "/api/v1/conversations/" + conversation + "/messages?after=5"));
        assertEquals(List.of("h6", "h7"), after.getJsonArray("messages").stream()
                .map(m -> m.asJsonObject().getString("text")).toList());
        assertProblem(Server.MAIN.get("jgarcia", "/api/v1/conversations/" + conversation + "/messages?limit=0"), 400);
    }

    @Test
    void searchShouldFindTheCallersMessagesIgnoringCaseAndNobodyElses() {
        var word = "Zebra" + UUID.randomUUID().toString().substring(0, 8);
        var mine = Chat.direct("mahmed", "jgarcia");
        var theirs = Chat.direct("flindqvist", "ikaur");
        Chat.sendOk("mahmed", mine, "Have you seen the <b>" + word + "</b> report?");
        Chat.sendOk("flindqvist", theirs, "the " + word + " is mine");

        var found = Server.json(Server.MAIN.get("jgarcia", "/api/v1/messages/search?q=" + word.toLowerCase()))
                .getJsonArray("messages");
        assertEquals(1, found.size(), found.toString());
        assertEquals(mine, found.getJsonObject(0).getString("conversation"));
        assertTrue(found.getJsonObject(0).getString("text").contains(word));
        assertFalse(Server.json(Server.MAIN.get("mahmed", "/api/v1/messages/search?q=" + word)).getJsonArray("messages")
                .stream().anyMatch(m -> theirs.equals(m.asJsonObject().getString("conversation"))));
        assertProblem(Server.MAIN.get("mahmed", "/api/v1/messages/search?q=z"), 400);
    }
}
