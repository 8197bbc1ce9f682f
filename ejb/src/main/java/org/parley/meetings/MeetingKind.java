package org.parley.meetings;

/** How a meeting came to be. */
public enum MeetingKind {
    /** Started at once from a chat or the contact list. */
    INSTANT,
    /** Planned for a time, with an invitation. */
    SCHEDULED
}
