package org.parley.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

class AvailabilityTest {

    @Test
    void wireNamesShouldParseWhateverTheirCaseAndSpacing() {
        assertEquals(Availability.DO_NOT_DISTURB, Availability.fromWire(" DND "));
        assertEquals(Availability.IN_A_MEETING, Availability.fromWire("in-meeting"));
        for (var a : Availability.values()) {
            assertEquals(a, Availability.fromWire(a.wireName()));
        }
    }

    @Test
    void unknownNameShouldBeInvalidAndListTheAcceptedOnes() {
        var e = assertThrows(ParleyException.Invalid.class, () -> Availability.fromWire("sleepy"));
        assertTrue(e.getMessage().contains("available, away, dnd, in-meeting, on-the-phone, offline"), e.getMessage());
        assertThrows(ParleyException.Invalid.class, () -> Availability.fromWire(null));
        assertThrows(ParleyException.Invalid.class, () -> Availability.fromWire("AVAILABLE_"));
    }
}
