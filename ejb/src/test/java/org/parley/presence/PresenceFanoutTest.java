package org.parley.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PresenceFanoutTest {

    private final PresenceChange change =
            new PresenceChange(new Presence("bob", Availability.AWAY, "", "", "", Instant.EPOCH, 1), "s1");

    @Test
    void failingListenerShouldNotStopDeliveryToTheOthers() {
        var fanout = new PresenceFanout();
        var received = new ArrayList<PresenceChange>();
        fanout.register(c -> {
            throw new IllegalStateException("broken edge");
        });
        fanout.register(received::add);
        fanout.deliver(change);
        assertEquals(List.of(change), received);
    }

    @Test
    void unregisteredListenerShouldHearNothingMore() {
        var fanout = new PresenceFanout();
        var received = new ArrayList<PresenceChange>();
        PresenceListener listener = received::add;
        fanout.register(listener);
        fanout.unregister(listener);
        fanout.deliver(change);
        assertEquals(List.of(), received);
    }
}
