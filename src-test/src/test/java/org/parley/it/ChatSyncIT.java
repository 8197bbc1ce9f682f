package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** A reconnecting client catches up with exactly what it missed: in order, no duplicate, no gap. */
class ChatSyncIT {

    @Test
    void reconnectingDeviceShouldSyncWhatItMissedWhileAnotherDeviceStayedOnline() {
        var conversation = Chat.group("tjohansson", Chat.unique("sync"), null, "tgupta").getString("id");
        try (var phone = Sockets.connect("tgupta")) {
            long lastSeen;
            try (var laptop = Sockets.connect("tgupta")) {
                Chat.sendOk("tjohansson", conversation, "m1");
                Chat.sendOk("tjohansson", conversation, "m2");
                Chat.nextMessage(laptop, conversation, "m1");
                lastSeen = Chat.nextMessage(laptop, conversation, "m2").getJsonNumber("seq").longValue();
            }
            for (int i = 3; i <= 7; i++) {
                Chat.sendOk("tjohansson", conversation, "m" + i);
            }
            Chat.nextMessage(phone, conversation, "m7");
            try (var laptop = Sockets.connect("tgupta")) {
                assertTrue(laptop.quietFor(m -> Chat.isMessageOf(m, conversation), 1),
                        "the phone got them, so connecting alone brings nothing");
                laptop.send("{\"type\":\"sync\",\"conversations\":{\"" + conversation + "\":" + lastSeen + "}}");
                var received = messagesUntilSynced(laptop, conversation);
                assertEquals(List.of("m3", "m4", "m5", "m6", "m7"), texts(received));
                assertSequential(received, lastSeen + 1);
                assertTrue(laptop.quietFor(m -> Chat.isMessageOf(m, conversation), 2), "no duplicate afterwards");
            }
        }
    }

    @Test
    void reconnectingOnlyDeviceShouldGetTheMissedOnesOnceThenSyncShouldAddNothing() {
        var conversation = Chat.group("nrahman", Chat.unique("sync"), null, "mali").getString("id");
        long lastSeen;
        try (var mali = Sockets.connect("mali")) {
            Chat.sendOk("nrahman", conversation, "a1");
            lastSeen = Chat.nextMessage(mali, conversation, "a1").getJsonNumber("seq").longValue();
        }
        for (int i = 2; i <= 6; i++) {
            Chat.sendOk("nrahman", conversation, "a" + i);
        }
        try (var mali = Sockets.connect("mali")) {
            mali.send("{\"type\":\"sync\",\"conversations\":{\"" + conversation + "\":" + lastSeen + "}}");
            var received = messagesUntilSynced(mali, conversation);
            assertEquals(List.of("a2", "a3", "a4", "a5", "a6"), texts(received));
            assertSequential(received, lastSeen + 1);
            Chat.sendOk("nrahman", conversation, "a7");
            assertEquals(lastSeen + 6, Chat.nextMessage(mali, conversation, "a7").getJsonNumber("seq").longValue());
            assertTrue(mali.quietFor(m -> Chat.isMessageOf(m, conversation), 2), "no duplicate afterwards");
        }
    }

    @Test
    void syncOfAConversationOfOthersShouldBeRefused() {
        var conversation = Chat.group("nrahman", Chat.unique("private"), null, "mali").getString("id");
        try (var outsider = Sockets.connect("cbrown")) {
            outsider.send("{\"type\":\"sync\",\"conversations\":{\"" + conversation + "\":0}}");
            var error = outsider.next("error");
            assertEquals(403, error.getJsonObject("problem").getInt("status"));
            assertEquals(conversation, error.getString("conversation"));
            assertFalse(outsider.next("synced").getJsonObject("conversations").containsKey(conversation));
        }
    }

    /** The conversation's messages up to the synced answer. */
    private static List<JsonObject> messagesUntilSynced(Sockets socket, String conversation) {
        var received = new ArrayList<JsonObject>();
        while (true) {
            var m = socket.next(x -> Chat.isMessageOf(x, conversation) || "synced".equals(x.getString("type")),
                    "message or synced");
            if ("synced".equals(m.getString("type"))) {
                var state = m.getJsonObject("conversations").getJsonObject(conversation);
                assertFalse(state.getBoolean("more"));
                return received;
            }
            received.add(m);
        }
    }

    private static List<String> texts(List<JsonObject> messages) {
        return messages.stream().map(m -> m.getString("text")).toList();
    }

    private static void assertSequential(List<JsonObject> messages, long first) {
        for (int i = 0; i < messages.size(); i++) {
            assertEquals(first + i, messages.get(i).getJsonNumber("seq").longValue(), "no gap, no duplicate");
        }
    }
}
