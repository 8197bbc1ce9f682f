package org.parley.events;

import java.util.Objects;
import java.util.Set;

import jakarta.json.JsonObject;

/**
 * A JSON payload for users, carried to every server and pushed by each server's edges to the
 * recipients' connections there. An edge shows it as {@code {"type": type, ...body}}.
 *
 * @param recipients the user ids to reach, or {@link #EVERYONE} alone for every connected user
 * @param type what the event is ("message", "typing", ...)
 * @param body the event's fields
 */
public record UserEvent(Set<String> recipients, String type, JsonObject body) {

    /** The recipient that stands for every connected user (never a valid user id). */
    public static final String EVERYONE = "*";

    public UserEvent {
        recipients = Set.copyOf(Objects.requireNonNull(recipients, "recipients"));
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        if (type.isBlank() || body.containsKey("type")) {
            throw new IllegalArgumentException("An event needs a type, and its body may not hold one");
        }
    }

    /** An event for every connected user. */
    public static UserEvent toEveryone(String type, JsonObject body) {
        return new UserEvent(Set.of(EVERYONE), type, body);
    }

    /** Whether the event is for every connected user. */
    public boolean forEveryone() {
        return recipients.contains(EVERYONE);
    }
}
