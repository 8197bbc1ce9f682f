package org.parley.web.rest;

import java.util.List;

/** The bodies of meeting requests. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    /**
     * A meeting to create.
     *
     * @param kind "instant" (default) or "scheduled"
     * @param title what it is about (required when scheduled)
     * @param startsAt when a scheduled meeting starts, ISO-8601 (2026-12-02T15:00:00Z)
     * @param durationMinutes planned length (default 60)
     * @param invitees people to invite
     * @param password a password guests and uninvited people must give (optional; stored hashed)
     * @param conversation a conversation whose members are invited (an instant meeting from a chat)
     */
    public record NewMeeting(String kind, String title, String startsAt, Integer durationMinutes, List<String> invitees,
                             String password, String conversation) {
    }
}
