package org.parley.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.parley.meetings.Meeting;

/**
 * A meeting's invitation as an iCalendar (RFC 5545) VEVENT: UTC times, text escaped and
 * lines folded at 75 octets, CRLF line ends. Thread-safe: no state.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    static String invitation(Meeting m, String roomUrl, String dialIn, String domain) {
        var b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Parley//Meetings//EN");
        line(b, "METHOD:REQUEST");
        line(b, "BEGIN:VEVENT");
        line(b, "UID:" + m.id() + "@" + domain);
        line(b, "DTSTAMP:" + UTC.format(Instant.now()));
        line(b, "DTSTART:" + UTC.format(m.startsAt()));
        line(b, "DTEND:" + UTC.format(m.endsAt()));
        line(b, "SUMMARY:" + text(m.title()));
        line(b, "URL:" + roomUrl);
        line(b, "LOCATION:" + text(roomUrl));
        var description = "Join the meeting: " + roomUrl + (m.hasPassword() ? "\nA password is needed." : "")
                + (dialIn.isEmpty() ? "" : "\nDial in: " + dialIn);
        line(b, "DESCRIPTION:" + text(description));
        line(b, "ORGANIZER;CN=" + param(m.owner()) + ":mailto:" + m.owner() + "@" + domain);
        m.invitees().stream().sorted().forEach(user ->
                line(b, "ATTENDEE;CN=" + param(user) + ";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + user + "@" + domain));
        line(b, "END:VEVENT");
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    private static String param(String value) {
        return "\"" + value.replace("\"", "'") + "\"";
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
