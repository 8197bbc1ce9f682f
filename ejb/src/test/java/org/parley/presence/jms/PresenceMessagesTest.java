package org.parley.presence.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import jakarta.json.JsonException;

import org.junit.jupiter.api.Test;
import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceChange;

class PresenceMessagesTest {

    @Test
    void aBatchOfChangesShouldComeBackWholeAndInOrder() {
        var changes = List.of(
                new PresenceChange(new Presence("bob", Availability.AWAY, "at \"lunch\" \u00e9", "Paris", "Europe/Paris",
                        Instant.ofEpochMilli(1_700_000_000_123L), 7), "s1"),
                new PresenceChange(new Presence("carol", Availability.ON_THE_PHONE, "", "", "",
                        Instant.EPOCH, 1), "s2"));
        assertEquals(new PresenceMessages.Changes(changes), PresenceMessages.read(PresenceMessages.write(changes)));
    }

    @Test
    void aPrivacyChangeShouldComeBackAsSuch() {
        assertEquals(new PresenceMessages.PrivacyChange("bob"), PresenceMessages.read(PresenceMessages.writePrivacy("bob")));
    }

    @Test
    void malformedMessagesShouldBeRefused() {
        assertThrows(JsonException.class, () -> PresenceMessages.read("{not json"));
        assertThrows(IllegalArgumentException.class, () -> PresenceMessages.read("{\"kind\":\"other\"}"));
        assertThrows(NullPointerException.class, () -> PresenceMessages.read("{\"kind\":\"presence\"}"));
    }
}
