package org.parley.meetings.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.parley.presence.Availability;
import org.parley.presence.PresenceService;
import org.parley.presence.StatusUpdate;

/**
 * Sets "in a meeting" while a person is in a room and puts their status back when they leave,
 * unless they changed it meanwhile. Uses only the presence service's public interface.
 * Thread safety: the statuses held for restoring are in a concurrent map keyed by meeting and
 * person. A server restart forgets them; the person then comes back as available.
 */
@ApplicationScoped
public class MeetingPresence {

    private static final Logger LOG = Logger.getLogger(MeetingPresence.class.getName());
    static final String MESSAGE = "In a meeting";

    @EJB
    PresenceService presence;

    private final Map<String, StatusUpdate> before = new ConcurrentHashMap<>();

    void entered(String meeting, String user) {
        try {
            var now = presence.current(user, user);
            if (now.availability() != Availability.IN_A_MEETING) {
                before.put(key(meeting, user), new StatusUpdate(now.availability() == Availability.OFFLINE
                        ? Availability.AVAILABLE : now.availability(), now.message(), now.location(), now.timeZone()));
            }
            presence.update(user, new StatusUpdate(Availability.IN_A_MEETING, MESSAGE, now.location(), now.timeZone()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not show " + user + " as in a meeting", e);
        }
    }

    void left(String meeting, String user) {
        var previous = before.remove(key(meeting, user));
        try {
            var now = presence.current(user, user);
            if (now.availability() == Availability.IN_A_MEETING && MESSAGE.equals(now.message())
                    && before.keySet().stream().noneMatch(k -> k.endsWith("\n" + user))) {
                presence.update(user, previous != null ? previous
                        : new StatusUpdate(Availability.AVAILABLE, "", now.location(), now.timeZone()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not restore the status of " + user + " after a meeting", e);
        }
    }

    private static String key(String meeting, String user) {
        return meeting + "\n" + user;
    }
}
