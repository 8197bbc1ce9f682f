package org.parley.meetings.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.parley.presence.Availability;
import org.parley.presence.Engagements;

/**
 * Shows "In a meeting" while a person is in a room and lets the presence service's
 * {@link Engagements} put their status back when they leave (or their call's, when they are on
 * the phone meanwhile).
 */
@ApplicationScoped
public class MeetingPresence {

    static final String MESSAGE = "In a meeting";

    @EJB
    Engagements engagements;

    void entered(String meeting, String user) {
        engagements.begin(key(meeting), user, Availability.IN_A_MEETING, MESSAGE);
    }

    void left(String meeting, String user) {
        engagements.end(key(meeting), user);
    }

    private static String key(String meeting) {
        return "meeting\n" + meeting;
    }
}
