package org.parley.meetings;

import jakarta.json.JsonObject;

/** What joining a room gives: the room's state, or a place in the waiting room. */
public sealed interface JoinResult {

    /** In the room: its state as of event {@code seq}; later events follow. */
    record Joined(long seq, JsonObject state) implements JoinResult {
    }

    /** A guest waits until a moderator admits them. */
    record Waiting(String participant) implements JoinResult {
    }
}
