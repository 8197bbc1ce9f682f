package org.parley.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingKind;

class ICalendarTest {

    @Test
    void linesShouldBeFoldedAt75OctetsAndTextEscaped() {
        var title = "Ünïcödé, planning; " + "x".repeat(120);
        var m = new Meeting("abc", MeetingKind.SCHEDULED, title, "alice", Instant.parse("2030-01-15T09:00:00Z"), 30,
                Set.of("bob"), null, Instant.now(), null);
        var ics = ICalendar.invitation(m, "https://parley.example/meet/?m=abc", "+1 555 0100 code 123", "parley.example");
        for (var line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        var unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Ünïcödé\\, planning\\; xxx"), unfolded);
        assertTrue(unfolded.contains("DTEND:20300115T093000Z"));
        assertTrue(unfolded.contains("ATTENDEE;CN=\"bob\""));
        assertTrue(unfolded.contains("Dial in: +1 555 0100 code 123"));
        assertEquals("a\\nb\\\\c", ICalendar.text("a\nb\\c"));
    }

    @Test
    void aConferenceCodeShouldBeStablePerMeeting() {
        assertEquals(ConfiguredDialIn.code("abc"), ConfiguredDialIn.code("abc"));
        assertEquals(9, ConfiguredDialIn.code("xyz").length());
    }
}
