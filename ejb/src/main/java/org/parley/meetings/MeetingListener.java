package org.parley.meetings;

/** Receives the meeting events that reach this server; the room edge registers one. */
public interface MeetingListener {

    void onEvent(MeetingEvent event);
}
