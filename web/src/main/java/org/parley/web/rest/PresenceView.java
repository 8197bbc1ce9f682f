package org.parley.web.rest;

import org.parley.presence.Presence;

/**
 * A person's presence as the API shows it.
 *
 * @param user the user id
 * @param status the wire name of the state
 * @param message the status message
 * @param location where the person is
 * @param timeZone the person's time zone id
 * @param since when it was set, ISO-8601
 * @param revision increases with every change
 */
public record PresenceView(String user, String status, String message, String location, String timeZone,
        String since, long revision) {

    public static PresenceView of(Presence p) {
        return new PresenceView(p.user(), p.availability().wireName(), p.message(), p.location(), p.timeZone(),
                p.since().toString(), p.revision());
    }
}
