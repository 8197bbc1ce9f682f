package org.parley.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

class ChatProtocolTest {

    @Test
    void chatTypesShouldDecodeToTheirCommands() {
        var send = assertInstanceOf(ChatProtocol.Send.class,
                decode("{\"type\":\"send\",\"to\":\"bob\",\"body\":\"<b>hi</b>\",\"clientId\":\"k1\"}"));
        assertEquals("bob", send.to());
        assertEquals("k1", send.clientId());
        var typing = assertInstanceOf(ChatProtocol.Typing.class, decode("{\"type\":\"typing\",\"conversation\":\"d-1\"}"));
        assertTrue(typing.typing(), "typing defaults to true");
        assertFalse(((ChatProtocol.Typing) decode("{\"type\":\"typing\",\"conversation\":\"d-1\",\"typing\":false}")).typing());
        assertEquals(7, ((ChatProtocol.Read) decode("{\"type\":\"read\",\"conversation\":\"d-1\",\"seq\":7}")).seq());
        var sync = assertInstanceOf(ChatProtocol.Sync.class,
                decode("{\"type\":\"sync\",\"conversations\":{\"d-1\":3,\"g-2\":0}}"));
        assertEquals(Map.of("d-1", 3L, "g-2", 0L), sync.conversations());
    }

    @Test
    void malformedChatMessagesShouldBeInvalid() {
        for (var bad : new String[] {
            "{\"type\":\"send\",\"body\":42}",
            "{\"type\":\"typing\"}",
            "{\"type\":\"read\",\"conversation\":\"d-1\",\"seq\":\"7\"}",
            "{\"type\":\"read\",\"conversation\":\"d-1\",\"seq\":1.5}",
            "{\"type\":\"sync\",\"conversations\":[\"d-1\"]}",
            "{\"type\":\"sync\",\"conversations\":{\"d-1\":-1}}"}) {
            assertThrows(ParleyException.Invalid.class, () -> decode(bad), bad);
        }
    }

    @Test
    void eventShouldCarryItsTypeWithItsBody() {
        var event = ChatProtocol.event("typing", Json.createObjectBuilder().add("user", "bob").build());
        assertEquals("typing", event.getString("type"));
        assertEquals("bob", event.getString("user"));
    }

    @Test
    void syncedShouldSayWhetherMoreRemain() {
        var synced = ChatProtocol.synced(Map.of("d-1", new ChatProtocol.Synced(9, true)));
        assertTrue(synced.getBoolean("more"));
        assertEquals(9, synced.getJsonObject("conversations").getJsonObject("d-1").getInt("lastSeq"));
    }

    private static ChatProtocol.ChatCommand decode(String text) {
        return ChatProtocol.decode((Protocol.Chat) Protocol.decode(text));
    }
}
