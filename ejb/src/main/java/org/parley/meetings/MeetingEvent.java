package org.parley.meetings;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import jakarta.json.JsonObject;

/**
 * One thing that happened in a meeting room. Numbered events ({@code seq > 0}) are kept in the
 * meeting's log in order and make its state; transient ones ({@code seq == 0}: screen-sharing
 * signals) are only relayed.
 *
 * @param meeting the meeting's id
 * @param seq the event's number in the meeting's log, or 0 for a transient event
 * @param at when it happened
 * @param type what happened ("chat", "page", "stroke", ...)
 * @param by the participant who caused it, or empty for the server
 * @param body the event's fields
 * @param to the participants it is for, or empty for everyone admitted to the room
 */
public record MeetingEvent(String meeting, long seq, Instant at, String type, String by, JsonObject body,
                           Set<String> to) {

    public MeetingEvent {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        by = by == null ? "" : by;
        Objects.requireNonNull(body, "body");
        to = to == null ? Set.of() : Set.copyOf(to);
    }

    /** Whether every admitted participant receives it. */
    public boolean forEveryone() {
        return to.isEmpty();
    }

    /** The same event with its number in the log. */
    public MeetingEvent numbered(long number) {
        return new MeetingEvent(meeting, number, at, type, by, body, to);
    }
}
