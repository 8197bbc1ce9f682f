package org.parley.meetings;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.parley.error.ParleyException;

/** What a participant may do in the room; the server checks each one on every message. */
public enum Permission {
    /** Upload slides, turn pages, push a web page, run polls. */
    PRESENT("present"),
    /** Share a screen. */
    SHARE_SCREEN("share-screen"),
    /** Draw on the whiteboard: shapes, freehand, text, undo, clear. */
    DRAW("draw"),
    /** Write in the meeting's group chat. */
    CHAT("chat"),
    /** Speak: unmute oneself in the audio conference. */
    UNMUTE("unmute");

    private final String wireName;

    Permission(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Permission fromWire(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new ParleyException.Invalid("Unknown permission '" + name + "'; one of "
                        + Arrays.stream(values()).map(Permission::wireName).collect(Collectors.joining(", "))));
    }
}
