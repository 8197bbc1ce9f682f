package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import org.junit.jupiter.api.Test;

/** Selective Do Not Disturb, inert rich text, and the limits on size and rate. */
class ChatPolicyIT {

    @Test
    void dndShouldRefuseEveryoneButTheExceptedPeople() {
        var excepted = Chat.direct("tvanderberg", "mpatel");
        var other = Chat.direct("ayilmaz", "mpatel");
        try (var mpatel = Sockets.connect("mpatel")) {
            long version = Server.json(Server.MAIN.get("mpatel", "/api/v1/privacy")).getJsonNumber("version").longValue();
            var lists = Server.MAIN.putJson("mpatel", "/api/v1/privacy", "{\"visibility\":\"everyone\",\"list\":[],"
                    + "\"dndExceptions\":[\"tvanderberg\"],\"version\":" + version + "}");
            assertEquals(200, lists.statusCode(), lists.body());
            var dnd = Server.MAIN.putJson("mpatel", "/api/v1/presence/me", "{\"status\":\"dnd\"}");
            assertEquals("dnd", Server.json(dnd).getString("status"));

            var refused = assertProblem(Chat.send("ayilmaz", other, Chat.unique("disturb"), null), 409);
            assertEquals("https://parley.example/problems/recipient-dnd", refused.getString("type"));
            var through = Chat.unique("urgent");
            assertEquals(201, Chat.send("tvanderberg", excepted, through, null).statusCode());
            Chat.nextMessage(mpatel, excepted, through);

            try (var ayilmaz = Sockets.connect("ayilmaz")) {
                ayilmaz.send("{\"type\":\"send\",\"to\":\"mpatel\",\"body\":\"still?\",\"clientId\":\"k1\"}");
                var error = ayilmaz.next("error");
                assertEquals(409, error.getJsonObject("problem").getInt("status"));
                assertEquals("k1", error.getString("clientId"));
            }
            Server.MAIN.putJson("mpatel", "/api/v1/presence/me", "{\"status\":\"available\"}");
            assertEquals(201, Chat.send("ayilmaz", other, Chat.unique("now"), null).statusCode());
        }
    }

    @Test
    void hostileRichTextShouldComeOutInert() {
        var conversation = Chat.direct("ajohansson", "sfischer");
        var hostile = "<b>bold</b><script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">js</a><a href=\"https://parley.example/\" onclick=\"x()\">ok</a>"
                + "<p style=\"background:url(javascript:alert(4))\">styled</p><scr<script>ipt>alert(5)</script>"
                + "<svg onload=alert(6)></svg><a href=\"data:text/html;base64,PHNjcmlwdD4=\">data</a>";
        try (var sfischer = Sockets.connect("sfischer")) {
            var stored = Chat.sendOk("ajohansson", conversation, hostile);
            var pushed = Chat.nextMessage(sfischer, conversation);
            for (var html : new String[] {stored.getString("html"), pushed.getString("html")}) {
                var lower = html.toLowerCase(java.util.Locale.ROOT);
                for (var bad : new String[] {"<script", "onerror", "onclick", "onload", "javascript:", "data:", "style=",
                        "<img", "<svg"}) {
                    assertFalse(lower.contains(bad), bad + " in " + html);
                }
                assertTrue(html.contains("<b>bold</b>"), html);
                assertTrue(html.contains("<a href=\"https://parley.example/\" rel=\"nofollow noopener noreferrer\">ok</a>"), html);
            }
            assertTrue(stored.getString("text").contains("bold"));
            assertFalse(stored.getString("text").contains("<"), stored.getString("text"));
        }
    }

    @Test
    void tooLongMessageShouldGet413() {
        var conversation = Chat.direct("ikaur", "esato");
        assertProblem(Chat.send("ikaur", conversation, "x".repeat(8001), null), 413);
        assertEquals(201, Chat.send("ikaur", conversation, "y".repeat(8000), null).statusCode());
    }

    @Test
    void sendingTooFastShouldGet429OverRestAndWebSocket() {
        var conversation = Chat.direct("pkowalski", "esato");
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            var response = Chat.send("pkowalski", conversation, "burst " + i, null);
            if (response.statusCode() == 429) {
                assertEquals("https://parley.example/problems/rate-limited", assertProblem(response, 429).getString("type"));
                refused++;
            } else {
                assertEquals(201, response.statusCode(), response.body());
            }
        }
        assertTrue(refused > 0, "30 messages at once is more than the allowance");
        try (var pkowalski = Sockets.connect("pkowalski")) {
            // More than a whole allowance at once, whatever refilled while the REST burst ran
            // (a slow machine takes seconds over it): the WebSocket answers 429 too.
            for (int i = 0; i < 25; i++) {
                pkowalski.send("{\"type\":\"send\",\"conversation\":\"" + conversation + "\",\"body\":\"one more " + i + "\"}");
            }
            assertEquals(429, pkowalski.next("error").getJsonObject("problem").getInt("status"));
        }
    }
}
