package org.parley.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

class StatusUpdateTest {

    @Test
    void messageShouldBeTrimmedAndDefaultToEmpty() {
        assertEquals("lunch", StatusUpdate.of("away", "  lunch ").message());
        assertEquals("", StatusUpdate.of("away", null).message());
    }

    @Test
    void messageOfTheLongestLengthShouldBeAccepted() {
        var longest = "m".repeat(StatusUpdate.MAX_MESSAGE_LENGTH);
        assertEquals(longest, StatusUpdate.of("available", longest).message());
    }

    @Test
    void overlongMessageShouldBeInvalid() {
        var tooLong = "m".repeat(StatusUpdate.MAX_MESSAGE_LENGTH + 1);
        assertThrows(ParleyException.Invalid.class, () -> StatusUpdate.of("available", tooLong));
    }

    @Test
    void controlCharactersShouldBeInvalid() {
        assertThrows(ParleyException.Invalid.class, () -> StatusUpdate.of("away", "line\nbreak"));
        assertThrows(ParleyException.Invalid.class, () -> StatusUpdate.of("away", "bell\u0007"));
    }

    @Test
    void missingStatusShouldBeInvalid() {
        assertThrows(ParleyException.Invalid.class, () -> new StatusUpdate(null, "x", "", ""));
        assertThrows(ParleyException.Invalid.class, () -> StatusUpdate.of(null, "x"));
    }
}
