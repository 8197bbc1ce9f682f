package org.parley.events;

/** Receives the user events that reach this server; edges register one to push to their connections. */
public interface UserEventListener {

    void onEvent(UserEvent event);
}
