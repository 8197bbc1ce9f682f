package org.parley.web.rest;

import org.parley.presence.Presence;

/**
 * A person's presence as the API shows it.
 *
 * @param user the user id
 * @param status the wire name of the state
 * @param message the status message
 * @param since when it was set, ISO-8601
 */
public record PresenceView(String user, String status, String message, String since) {

    public static PresenceView of(Presence p) {
        return new PresenceView(p.user(), p.availability().wireName(), p.message(), p.since().toString());
    }
}
