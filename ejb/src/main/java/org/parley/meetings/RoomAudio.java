package org.parley.meetings;

/**
 * What the telephony side tells a meeting's room about the meeting's conference call. Owned
 * here and called by the server that mixes the conference after every change of it; the room
 * reads the lines through {@link AudioBridge#lines} and tells everyone in the room, on every
 * server, when what it shows changed.
 */
public interface RoomAudio {

    /** The meeting's conference changed (a line rang, answered, left, was muted, started or stopped talking, ended). */
    void changed(String meeting);
}
