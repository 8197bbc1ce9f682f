package org.parley.web.csta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class CstaCallEventsTest {

    private final CstaCallEvents events = new CstaCallEvents();

    @Test
    void eachStateShouldBecomeItsEventsInOrder() {
        assertEquals(List.of("ServiceInitiatedEvent"), names("ringing", ""));
        assertEquals(List.of("OriginatedEvent", "DeliveredEvent"), names("calling", ""));
        assertEquals(List.of("EstablishedEvent"), names("connected", ""));
        assertEquals(List.of("FailedEvent"), names("refused", "the callee refused the call (486)"));
        assertEquals(List.of("ConnectionClearedEvent"), names("ended", "hung up"));
        assertEquals(List.of(), names("something-new", ""));
    }

    @Test
    void anEventShouldNameTheMonitorTheCallAndTheDevices() {
        var delivered = of("calling", "").get(1);
        assertTrue(delivered.contains("<monitorCrossRefID>7</monitorCrossRefID>"), delivered);
        assertTrue(delivered.contains("<connection><callID>c-1</callID><deviceID>carol</deviceID></connection>"), delivered);
        assertTrue(delivered.contains("<alertingDevice><deviceIdentifier>carol</deviceIdentifier></alertingDevice>"));
        assertTrue(delivered.contains("<callingDevice><deviceIdentifier>bob</deviceIdentifier></callingDevice>"));
        assertTrue(of("failed", "the callee did not answer").get(0).contains("<cause>callNotAnswered</cause>"));
        assertTrue(of("refused", "").get(0).contains("<cause>busy</cause>"));
    }

    private List<String> of(String state, String reason) {
        var call = Json.createObjectBuilder().add("id", "c-1").add("to", "carol").add("from", "device")
                .add("state", state).add("reason", reason).build();
        return events.of("7", "bob", call);
    }

    private List<String> names(String state, String reason) {
        return of(state, reason).stream().map(x -> x.replaceFirst("^<\\?xml[^>]*>", "").replaceFirst("^<([A-Za-z]+).*", "$1"))
                .toList();
    }
}
