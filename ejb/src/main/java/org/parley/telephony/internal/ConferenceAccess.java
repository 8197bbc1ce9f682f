package org.parley.telephony.internal;

import java.util.Optional;

import org.parley.error.ParleyException;
import org.parley.telephony.ConferenceParticipant;
import org.parley.telephony.ConferenceView;

/**
 * Who may see and control a conference: its participants and its controller see it (to anyone
 * else it does not exist); the controller alone acts on others. Stateless.
 */
final class ConferenceAccess {

    private ConferenceAccess() {
    }

    /** The conference if the user takes part in it or controls it. */
    static ConferenceView visible(Optional<ConferenceView> conference, String user, String id) {
        return conference.filter(v -> isIn(v, user))
                .orElseThrow(() -> new ParleyException.NotFound("You take part in no conference " + id));
    }

    /** The conference if the user controls it. */
    static ConferenceView controlled(Optional<ConferenceView> conference, String user, String id) {
        var v = visible(conference, user, id);
        if (!v.controller().equals(user)) {
            throw new ParleyException.Forbidden("Only " + v.controller() + " controls this conference");
        }
        return v;
    }

    /** Refuses an action on {@code participant} by {@code user} unless it is on themselves or by the controller. */
    static void mayActOn(ConferenceView v, String user, String participant, String action) {
        if (!user.equals(participant) && !v.controller().equals(user)) {
            throw new ParleyException.Forbidden("Only " + v.controller() + " may " + action + " others");
        }
        participantOf(v, participant);
    }

    static boolean isIn(ConferenceView v, String user) {
        return v.controller().equals(user) || find(v, user).isPresent();
    }

    static ConferenceParticipant participantOf(ConferenceView v, String user) {
        return find(v, user).orElseThrow(() -> new ParleyException.NotFound(user + " is not in this conference"));
    }

    static Optional<ConferenceParticipant> find(ConferenceView v, String user) {
        return v.participants().stream().filter(p -> p.user().equals(user)).findFirst();
    }
}
