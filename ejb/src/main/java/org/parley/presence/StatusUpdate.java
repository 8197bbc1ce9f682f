package org.parley.presence;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.parley.error.ParleyException;

/**
 * A person's request to change their own status, validated on construction.
 *
 * @param availability the chosen state
 * @param message the status message (may be empty, at most {@link #MAX_MESSAGE_LENGTH} characters)
 * @param location where the person is (may be empty, at most {@link #MAX_LOCATION_LENGTH} characters)
 * @param timeZone an IANA time zone id such as Europe/Paris, or empty
 */
public record StatusUpdate(Availability availability, String message, String location, String timeZone) {

    /** The longest status message accepted, in characters. */
    public static final int MAX_MESSAGE_LENGTH = 256;

    /** The longest location accepted, in characters. */
    public static final int MAX_LOCATION_LENGTH = 128;

    public StatusUpdate {
        if (availability == null) {
            throw new ParleyException.Invalid("A status is required");
        }
        message = text("status message", message, MAX_MESSAGE_LENGTH);
        location = text("location", location, MAX_LOCATION_LENGTH);
        timeZone = zone(timeZone);
    }

    /** Builds an update from wire values; unknown status names are refused. */
    public static StatusUpdate of(String status, String message) {
        return of(status, message, null, null);
    }

    /** Builds an update from wire values; unknown status names and time zones are refused. */
    public static StatusUpdate of(String status, String message, String location, String timeZone) {
        return new StatusUpdate(Availability.fromWire(status), message, location, timeZone);
    }

    private static String text(String what, String value, int max) {
        var v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new ParleyException.Invalid("The " + what + " is longer than " + max + " characters");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw new ParleyException.Invalid("The " + what + " contains control characters");
        }
        return v;
    }

    private static String zone(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            return ZoneId.of(value.strip()).getId();
        } catch (DateTimeException e) {
            throw new ParleyException.Invalid("Unknown time zone '" + value + "'; use an IANA id such as Europe/Paris");
        }
    }
}
