package org.parley.presence;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's presence as the server shows it.
 *
 * @param user the directory user id
 * @param availability the state others see (offline when no connection is open)
 * @param message the free-text status message, never null (empty when none)
 * @param location where the person is, as they put it, never null
 * @param timeZone the person's IANA time zone id, never null (empty when not given)
 * @param since when this presence was set (server clock)
 * @param revision increases with every change of this person's presence
 */
public record Presence(String user, Availability availability, String message, String location, String timeZone,
        Instant since, long revision) {

    public Presence {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(since, "since");
        message = message == null ? "" : message;
        location = location == null ? "" : location;
        timeZone = timeZone == null ? "" : timeZone;
    }

    /** The presence of someone who never signed in. */
    public static Presence offline(String user) {
        return new Presence(user, Availability.OFFLINE, "", "", "", Instant.EPOCH, 0);
    }

    /** What a viewer sees of someone whose privacy list hides them: offline, nothing else. */
    public static Presence hidden(String user) {
        return offline(user);
    }
}
