package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** One-to-one chat over WebSocket and REST: every connection of the recipient, offline delivery, retries. */
class ChatMessagingIT {

    @Test
    void oneToOneShouldWorkBothWaysAndReachEveryConnectionOfTheRecipient() {
        try (var lokafor = Sockets.connect("lokafor"); var aschmidt1 = Sockets.connect("aschmidt");
                var aschmidt2 = Sockets.connect("aschmidt")) {
            var hello = Chat.unique("hello");
            lokafor.send("{\"type\":\"send\",\"to\":\"aschmidt\",\"body\":" + Chat.quote(hello) + ",\"clientId\":\"c1-"
                    + UUID.randomUUID() + "\"}");
            var sent = lokafor.next("sent");
            var conversation = sent.getString("conversation");
            assertEquals(conversation, Chat.direct("aschmidt", "lokafor"), "one id per pair, whoever asks");

            var first = Chat.nextMessage(aschmidt1, conversation, hello);
            var second = Chat.nextMessage(aschmidt2, conversation, hello);
            assertEquals("lokafor", first.getString("sender"));
            assertEquals(sent.getJsonNumber("seq").longValue(), first.getJsonNumber("seq").longValue());
            assertEquals(first.getString("id"), second.getString("id"));

            var answer = Chat.unique("answer");
            aschmidt2.send("{\"type\":\"send\",\"conversation\":\"" + conversation + "\",\"body\":" + Chat.quote(answer) + "}");
            var back = Chat.nextMessage(lokafor, conversation, answer);
            assertEquals("aschmidt", back.getString("sender"));
            assertEquals(first.getJsonNumber("seq").longValue() + 1, back.getJsonNumber("seq").longValue());
            Chat.nextMessage(aschmidt1, conversation, answer);
        }
    }

    @Test
    void offlineMemberShouldGetMessagesInOrderWhenTheyNextConnect() {
        var conversation = Chat.direct("cmurphy", "okim");
        var texts = new String[] {Chat.unique("one"), Chat.unique("two"), Chat.unique("three")};
        for (var text : texts) {
            Chat.sendOk("cmurphy", conversation, text);
        }
        try (var okim = Sockets.connect("okim")) {
            long previous = 0;
            for (var text : texts) {
                var m = Chat.nextMessage(okim, conversation, text);
                assertTrue(m.getJsonNumber("seq").longValue() > previous, "in order");
                previous = m.getJsonNumber("seq").longValue();
            }
        }
        try (var again = Sockets.connect("okim")) {
            assertTrue(again.quietFor(m -> Chat.isMessageOf(m, conversation), 2), "delivered once, not on every connect");
        }
    }

    @Test
    void retryWithTheSameClientIdShouldNotDuplicate() {
        var conversation = Chat.direct("oyilmaz", "ohassan");
        var clientId = "retry-" + UUID.randomUUID();
        var text = Chat.unique("once");
        try (var ohassan = Sockets.connect("ohassan"); var oyilmaz = Sockets.connect("oyilmaz")) {
            var first = Chat.send("oyilmaz", conversation, text, clientId);
            assertEquals(201, first.statusCode(), first.body());
            var again = Chat.send("oyilmaz", conversation, text, clientId);
            assertEquals(200, again.statusCode(), again.body());
            assertTrue(Server.json(again).getBoolean("duplicate"));
            assertEquals(Server.json(first).getString("id"), Server.json(again).getString("id"));

            oyilmaz.send("{\"type\":\"send\",\"conversation\":\"" + conversation + "\",\"body\":" + Chat.quote(text)
                    + ",\"clientId\":\"" + clientId + "\"}");
            var ack = oyilmaz.next("sent");
            assertTrue(ack.getBoolean("duplicate"));
            assertEquals(Server.json(first).getString("id"), ack.getString("id"));

            Chat.nextMessage(ohassan, conversation, text);
            assertTrue(ohassan.quietFor(m -> Chat.isMessageOf(m, conversation), 2), "the retries sent nothing more");
        }
        var history = Server.json(Server.MAIN.get("ohassan", "/api/v1/conversations/" + conversation + "/messages"));
        assertEquals(1, history.getJsonArray("messages").stream()
                .filter(m -> text.equals(m.asJsonObject().getString("text"))).count());
    }
}
