package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Typing indicators and delivery and read receipts reach the other members. */
class ChatReceiptsIT {

    @Test
    void typingShouldReachTheOtherMemberOnly() {
        var conversation = Chat.direct("cbrown", "djensen");
        try (var cbrown = Sockets.connect("cbrown"); var djensen = Sockets.connect("djensen")) {
            cbrown.send("{\"type\":\"typing\",\"conversation\":\"" + conversation + "\",\"typing\":true}");
            var typing = djensen.next("typing");
            assertEquals("cbrown", typing.getString("user"));
            assertEquals(conversation, typing.getString("conversation"));
            assertTrue(typing.getBoolean("typing"));
            cbrown.send("{\"type\":\"typing\",\"conversation\":\"" + conversation + "\",\"typing\":false}");
            assertEquals(false, djensen.next("typing").getBoolean("typing"));
            assertTrue(cbrown.quietFor(m -> "typing".equals(m.getString("type")), 1), "not echoed to the typist");
        }
    }

    @Test
    void deliveryAndReadReceiptsShouldReachTheSender() {
        var conversation = Chat.direct("cbrown", "aali");
        try (var cbrown = Sockets.connect("cbrown")) {
            var text = Chat.unique("receipt me");
            cbrown.send("{\"type\":\"send\",\"conversation\":\"" + conversation + "\",\"body\":" + Chat.quote(text) + "}");
            long seq = cbrown.next("sent").getJsonNumber("seq").longValue();
            try (var aali = Sockets.connect("aali")) {
                Chat.nextMessage(aali, conversation, text);
                var delivered = cbrown.next(m -> isReceipt(m, conversation, "delivered") && seqOf(m) >= seq, "delivered");
                assertEquals("aali", delivered.getString("user"));

                aali.send("{\"type\":\"read\",\"conversation\":\"" + conversation + "\",\"seq\":" + seq + "}");
                var read = cbrown.next(m -> isReceipt(m, conversation, "read"), "read receipt");
                assertEquals("aali", read.getString("user"));
                assertEquals(seq, seqOf(read));
            }
        }
        var view = Server.json(Server.MAIN.get("aali", "/api/v1/conversations/" + conversation));
        assertTrue(view.getJsonNumber("readSeq").longValue() >= 1);
        assertEquals(view.getJsonNumber("lastSeq").longValue(), view.getJsonNumber("deliveredSeq").longValue());
    }

    @Test
    void readOverRestShouldBeAReceiptToo() {
        var conversation = Chat.direct("cbrown", "ngarcia");
        var seq = Chat.sendOk("ngarcia", conversation, Chat.unique("hi")).getJsonNumber("seq").longValue();
        try (var ngarcia = Sockets.connect("ngarcia")) {
            var response = Chat.post("cbrown", "/api/v1/conversations/" + conversation + "/read", "{\"seq\":" + seq + "}");
            assertEquals(204, response.statusCode(), response.body());
            var read = ngarcia.next(m -> isReceipt(m, conversation, "read"), "read receipt");
            assertEquals("cbrown", read.getString("user"));
        }
    }

    private static boolean isReceipt(jakarta.json.JsonObject m, String conversation, String kind) {
        return "receipt".equals(m.getString("type")) && conversation.equals(m.getString("conversation"))
                && kind.equals(m.getString("kind"));
    }

    private static long seqOf(jakarta.json.JsonObject m) {
        return m.getJsonNumber("seq").longValue();
    }
}
