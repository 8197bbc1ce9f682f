package org.parley.meetings;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.error.ParleyException;

/** A participant's role in a meeting, with the permissions it brings by default. */
public enum Role {
    /** Runs the meeting: every permission, and hands over roles, admits, removes, locks, records, ends. */
    MODERATOR(EnumSet.allOf(Permission.class)),
    /** Presents: slides, web pages, screen, whiteboard, polls, chat, audio. */
    PRESENTER(EnumSet.of(Permission.PRESENT, Permission.SHARE_SCREEN, Permission.DRAW, Permission.CHAT,
            Permission.UNMUTE)),
    /** Takes part: chat, audio, votes, raises a hand. */
    ATTENDEE(EnumSet.of(Permission.CHAT, Permission.UNMUTE));

    private final Set<Permission> defaults;

    Role(Set<Permission> defaults) {
        this.defaults = Set.copyOf(defaults);
    }

    /** The permissions a participant gets on taking this role. */
    public Set<Permission> defaults() {
        return defaults;
    }

    public String wireName() {
        return name().toLowerCase();
    }

    /** The role of a wire name ("moderator", "presenter", "attendee"). */
    public static Role fromWire(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new ParleyException.Invalid("Unknown role '" + name + "'; one of "
                        + Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", "))));
    }
}
