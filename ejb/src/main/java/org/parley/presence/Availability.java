package org.parley.presence;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.parley.error.ParleyException;

/** The presence states a person can be in, with their stable wire names. */
public enum Availability {
    AVAILABLE("available"),
    AWAY("away"),
    DO_NOT_DISTURB("dnd"),
    IN_A_MEETING("in-meeting"),
    ON_THE_PHONE("on-the-phone"),
    OFFLINE("offline");

    private final String wireName;

    Availability(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in REST, WebSocket and stored data. */
    public String wireName() {
        return wireName;
    }

    /**
     * Parses a wire name (case-insensitive).
     *
     * @throws ParleyException.Invalid naming the accepted values when the name is unknown
     */
    public static Availability fromWire(String name) {
        if (name != null) {
            var wanted = name.trim().toLowerCase(Locale.ROOT);
            for (var a : values()) {
                if (a.wireName.equals(wanted)) {
                    return a;
                }
            }
        }
        throw new ParleyException.Invalid("Unknown status '" + name + "'; use one of: " + accepted());
    }

    private static String accepted() {
        return Arrays.stream(values()).map(Availability::wireName).collect(Collectors.joining(", "));
    }
}
