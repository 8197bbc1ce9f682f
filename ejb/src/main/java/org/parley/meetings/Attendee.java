package org.parley.meetings;

import java.util.Objects;

/**
 * Who joins a room: a directory user (id = user id) or a guest from outside the directory
 * (id = "guest-" + a random token, with the name they gave).
 */
public record Attendee(String id, String name, boolean guest) {

    public static final int MAX_NAME = 80;

    public Attendee {
        Objects.requireNonNull(id, "id");
        name = RoomCommand.Texts.required("name", name, MAX_NAME);
    }

    public static Attendee user(String user, String displayName) {
        return new Attendee(user, displayName == null || displayName.isBlank() ? user : displayName, false);
    }

    public static Attendee guest(String name) {
        return new Attendee("guest-" + java.util.UUID.randomUUID(), name, true);
    }
}
