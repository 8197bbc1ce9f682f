package org.parley.presence;

import org.parley.error.ParleyException;

/**
 * A person's request to change their own status, validated on construction.
 *
 * @param availability the new state
 * @param message the status message (may be empty, at most {@link #MAX_MESSAGE_LENGTH} characters)
 */
public record StatusUpdate(Availability availability, String message) {

    /** The longest status message accepted, in characters. */
    public static final int MAX_MESSAGE_LENGTH = 256;

    public StatusUpdate {
        if (availability == null) {
            throw new ParleyException.Invalid("A status is required");
        }
        message = message == null ? "" : message.strip();
        if (message.length() > MAX_MESSAGE_LENGTH) {
            throw new ParleyException.Invalid(
                    "The status message is longer than " + MAX_MESSAGE_LENGTH + " characters");
        }
        if (message.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new ParleyException.Invalid("The status message contains control characters");
        }
    }

    /** Builds an update from wire values; unknown status names are refused. */
    public static StatusUpdate of(String status, String message) {
        return new StatusUpdate(Availability.fromWire(status), message);
    }
}
