package org.parley.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;
import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.web.problem.Problem;

class ProtocolTest {

    @Test
    void watchShouldDecodeItsUsers() {
        assertEquals(new Protocol.Watch(List.of("bob", "carol")),
                Protocol.decode("{\"type\":\"watch\",\"users\":[\"bob\",\"carol\"]}"));
    }

    @Test
    void statusAndPingShouldDecode() {
        assertEquals(new Protocol.SetStatus("away", "lunch", null, null),
                Protocol.decode("{\"type\":\"status\",\"status\":\"away\",\"message\":\"lunch\"}"));
        assertEquals(new Protocol.Ping(null), Protocol.decode("{\"type\":\"ping\"}"));
    }

    @Test
    void malformedMessagesShouldBeInvalid() {
        for (var bad : List.of("", "not json", "[1]", "{\"type\":1}", "{}", "{\"type\":\"fly\"}",
                "{\"type\":\"watch\"}", "{\"type\":\"watch\",\"users\":\"bob\"}", "{\"type\":\"watch\",\"users\":[1]}")) {
            assertThrows(ParleyException.Invalid.class, () -> Protocol.decode(bad), bad);
        }
    }

    @Test
    void watchOfTooManyUsersShouldBeInvalid() {
        var users = new StringBuilder("[");
        for (int i = 0; i <= Protocol.MAX_WATCH; i++) {
            users.append(i == 0 ? "" : ",").append("\"u").append(i).append('"');
        }
        var text = "{\"type\":\"watch\",\"users\":" + users + "]}";
        assertThrows(ParleyException.Invalid.class, () -> Protocol.decode(text));
    }

    @Test
    void helloShouldTellTheIdleTimeoutSoThatClientsPingInTime() {
        var json = Protocol.hello("carol", 90);
        assertEquals("hello", json.getString("type"));
        assertEquals(1, json.getInt("protocol"));
        assertEquals("carol", json.getString("user"));
        assertEquals(90, json.getInt("idleTimeoutSeconds"));
    }

    @Test
    void presenceShouldEncodeWireNames() {
        var json = Protocol.presence(new Presence("bob", Availability.DO_NOT_DISTURB, "busy", "Paris", "Europe/Paris", Instant.EPOCH, 3));
        assertEquals("presence", json.getString("type"));
        assertEquals("dnd", json.getString("status"));
        assertEquals("1970-01-01T00:00:00Z", json.getString("since"));
    }

    @Test
    void errorShouldCarryTheProblemAndTheUser() {
        var json = Protocol.error(Problem.of(new ParleyException.NotFound("no such user")), "zed");
        assertEquals("error", json.getString("type"));
        assertEquals("zed", json.getString("user"));
        assertEquals(404, json.getJsonObject("problem").getInt("status"));
        assertTrue(json.getJsonObject("problem").getString("instance").startsWith("urn:uuid:"));
    }
}
