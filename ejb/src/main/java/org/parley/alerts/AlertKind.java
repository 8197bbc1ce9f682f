package org.parley.alerts;

import java.util.Locale;

import org.parley.error.ParleyException;
import org.parley.presence.Availability;
import org.parley.presence.Presence;

/** What an alert waits for. */
public enum AlertKind {
    /** The person becomes available (from any other state). */
    AVAILABLE("available"),
    /** The person's state or status message changes. */
    CHANGE("change");

    private final String wireName;

    AlertKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether this change of presence is what the alert waits for. */
    public boolean matches(Presence before, Presence after) {
        return switch (this) {
            case AVAILABLE -> after.availability() == Availability.AVAILABLE
                    && before.availability() != Availability.AVAILABLE;
            case CHANGE -> after.availability() != before.availability() || !after.message().equals(before.message());
        };
    }

    public static AlertKind fromWire(String name) {
        if (name != null) {
            var wanted = name.trim().toLowerCase(Locale.ROOT);
            for (var k : values()) {
                if (k.wireName.equals(wanted)) {
                    return k;
                }
            }
        }
        throw new ParleyException.Invalid("Unknown alert kind '" + name + "'; use available or change");
    }
}
