package org.parley.meetings;

import java.util.List;

/** Creates, finds and cancels meetings; writes their iCalendar invitations. */
public interface MeetingService {

    /**
     * Creates a meeting owned by the caller and invites its invitees (their clients are told at once).
     *
     * @throws org.parley.error.ParleyException.NotFound when an invitee is not in the directory
     * @throws org.parley.error.ParleyException.Forbidden when the caller is not a member of the conversation named
     */
    Meeting create(String caller, NewMeeting request);

    /**
     * A meeting any signed-in person may look up by its id (the room URL is shared on purpose).
     *
     * @throws org.parley.error.ParleyException.NotFound when there is none
     */
    Meeting get(String id);

    /** The meetings the caller owns or is invited to that have not ended, soonest first. */
    List<Meeting> mine(String caller);

    /**
     * Cancels (ends) a meeting: its owner or an administrator only.
     *
     * @throws org.parley.error.ParleyException.Forbidden for anyone else
     */
    void cancel(String caller, boolean admin, String id);

    /** The meeting's invitation as an iCalendar (RFC 5545) document, for the owner and the invitees. */
    String invitation(String caller, String id, String baseUrl);
}
