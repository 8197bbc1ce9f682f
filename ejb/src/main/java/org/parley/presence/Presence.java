package org.parley.presence;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's presence as the server knows it.
 *
 * @param user the directory user id
 * @param availability the state
 * @param message the free-text status message, never null (empty when none)
 * @param since when this presence was set (server clock)
 */
public record Presence(String user, Availability availability, String message, Instant since) {

    public Presence {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(since, "since");
        message = message == null ? "" : message;
    }

    /** The presence of someone who never set one. */
    public static Presence offline(String user) {
        return new Presence(user, Availability.OFFLINE, "", Instant.EPOCH);
    }
}
