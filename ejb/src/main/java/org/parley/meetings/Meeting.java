package org.parley.meetings;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A meeting and its room. The room's URL is stable: it is made from the id alone.
 *
 * @param id the room's id, random and URL-safe
 * @param kind instant or scheduled
 * @param title what the meeting is about
 * @param owner who created it (always a moderator)
 * @param startsAt when it is planned to start (the creation time of an instant meeting)
 * @param durationMinutes how long it is planned to last
 * @param invitees the directory users invited
 * @param passwordHash the stored hash of the password, or null when none is needed
 * @param created when it was created
 * @param ended when it ended, or null
 */
public record Meeting(String id, MeetingKind kind, String title, String owner, Instant startsAt, int durationMinutes,
                      Set<String> invitees, String passwordHash, Instant created, Instant ended) {

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        invitees = Set.copyOf(invitees);
    }

    /** The path of the room's page, the same for as long as the meeting exists. */
    public String roomPath() {
        return "/meet/?m=" + id;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Whether the user was invited or owns the meeting. */
    public boolean isInvited(String user) {
        return owner.equals(user) || invitees.contains(user);
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }
}
