package org.parley.events.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.parley.events.UserEvent;

class UserEventJsonTest {

    @Test
    void eventShouldSurviveTheWire() {
        var event = new UserEvent(Set.of("bob", "carol"), "typing",
                Json.createObjectBuilder().add("conversation", "d-1").add("typing", true).build());
        assertEquals(event, UserEventJson.read(UserEventJson.write(event)));
    }

    @Test
    void eventForEveryoneShouldSayso() {
        var event = UserEvent.toEveryone("announcement", Json.createObjectBuilder().add("text", "hi").build());
        assertTrue(UserEventJson.read(UserEventJson.write(event)).forEveryone());
    }

    @Test
    void bodyMayNotCarryItsOwnType() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserEvent(Set.of("bob"), "message", Json.createObjectBuilder().add("type", "x").build()));
    }

    @Test
    void malformedWireFormShouldFail() {
        assertThrows(RuntimeException.class, () -> UserEventJson.read("{\"type\":\"x\"}"));
        assertThrows(RuntimeException.class, () -> UserEventJson.read("not json"));
    }
}
