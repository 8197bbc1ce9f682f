package org.parley.meetings;

import jakarta.json.JsonObject;

/**
 * The live room: every participant's message goes through here, is checked against the
 * sender's role and permissions, numbered in the meeting's log and carried to every server.
 */
public interface RoomService {

    /**
     * Joins a connection of a participant to the room.
     *
     * @throws org.parley.error.ParleyException.Forbidden for a wrong password, a locked room or a removed participant
     * @throws org.parley.error.ParleyException.Conflict when the meeting has ended
     */
    JoinResult join(String meeting, Attendee who, String connection, String password);

    /** A connection left (closed or lost); the last one of a participant makes them leave. */
    void leave(String meeting, String participant, String connection);

    /**
     * Handles one command of an admitted participant.
     *
     * @throws org.parley.error.ParleyException.Forbidden when their role and permissions do not allow it
     * @throws org.parley.error.ParleyException.Invalid or NotFound or Conflict when it does not fit the room's state
     */
    void handle(String meeting, String participant, RoomCommand command);

    /** The room's state as the participant sees it (for a guest just admitted). */
    JoinResult.Joined state(String meeting, String participant);
}
