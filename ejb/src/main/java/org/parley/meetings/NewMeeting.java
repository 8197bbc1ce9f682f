package org.parley.meetings;

import java.time.Instant;
import java.util.Set;

import org.parley.error.ParleyException;

/**
 * A request to create a meeting, validated on construction.
 *
 * @param kind instant (starts now) or scheduled (starts at {@code startsAt})
 * @param title at most {@link #MAX_TITLE} characters; an instant meeting without one gets a default
 * @param startsAt when a scheduled meeting starts (ignored for an instant one)
 * @param durationMinutes 1 to {@link #MAX_DURATION_MINUTES}
 * @param invitees directory users to invite, at most {@link #MAX_INVITEES}
 * @param password a password every guest and uninvited user must give, or null/empty for none
 * @param conversation a conversation whose members are invited too (an instant meeting from a chat), or null
 */
public record NewMeeting(MeetingKind kind, String title, Instant startsAt, int durationMinutes, Set<String> invitees,
                         String password, String conversation) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INVITEES = 500;
    public static final int MAX_DURATION_MINUTES = 24 * 60;
    public static final int MIN_PASSWORD = 4;
    public static final int MAX_PASSWORD = 128;

    public NewMeeting {
        if (kind == null) {
            throw new ParleyException.Invalid("\"kind\" must be instant or scheduled");
        }
        title = title == null ? "" : title.strip();
        if (title.isEmpty() && kind == MeetingKind.SCHEDULED) {
            throw new ParleyException.Invalid("A scheduled meeting needs a title");
        }
        if (title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw new ParleyException.Invalid("The title is at most " + MAX_TITLE + " characters without control characters");
        }
        if (kind == MeetingKind.SCHEDULED && startsAt == null) {
            throw new ParleyException.Invalid("A scheduled meeting needs \"startsAt\" (an ISO-8601 instant)");
        }
        if (durationMinutes == 0) {
            durationMinutes = 60;
        }
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new ParleyException.Invalid("\"durationMinutes\" must be 1 to " + MAX_DURATION_MINUTES);
        }
        invitees = invitees == null ? Set.of() : Set.copyOf(invitees);
        if (invitees.size() > MAX_INVITEES) {
            throw new ParleyException.Invalid("At most " + MAX_INVITEES + " invitees");
        }
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (password != null && (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD)) {
            throw new ParleyException.Invalid("A meeting password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
    }
}
