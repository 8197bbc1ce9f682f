package org.parley.web.csta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class CstaCallOrderTest {

    private final CstaCallOrder order = new CstaCallOrder();

    @Test
    void statesInOrderShouldPassAsTheyCome() {
        assertEquals(List.of("ringing"), states("c-1", "ringing"));
        assertEquals(List.of("calling"), states("c-1", "calling"));
        assertEquals(List.of("connected"), states("c-1", "connected"));
        assertEquals(List.of("ended"), states("c-1", "ended"));
    }

    @Test
    void aStateAheadShouldBringTheSkippedOnesAndALateOneShouldBeDropped() {
        assertEquals(List.of("ringing", "calling"), states("c-2", "calling"));
        assertEquals(List.of(), states("c-2", "ringing"), "arrived late");
        assertEquals(List.of("refused"), states("c-2", "refused"), "a final state makes nothing up");
        assertEquals(List.of(), states("c-2", "connected"), "after the end");
        assertEquals(List.of(), states("c-2", "failed"), "one final state per call");
    }

    @Test
    void eachCallShouldHaveItsOwnOrder() {
        assertEquals(List.of("ringing"), states("c-3", "ringing"));
        assertEquals(List.of("ringing", "calling", "connected"), states("c-4", "connected"));
        assertEquals(List.of("calling"), states("c-3", "calling"));
    }

    private List<String> states(String id, String state) {
        JsonObject call = Json.createObjectBuilder().add("id", id).add("to", "carol").add("from", "device")
                .add("state", state).add("reason", "").build();
        return order.next(call).stream().map(c -> c.getString("state")).toList();
    }
}
