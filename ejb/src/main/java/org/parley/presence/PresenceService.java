package org.parley.presence;

/** Reads and changes presence. */
public interface PresenceService {

    /**
     * The current presence of a directory user.
     *
     * @throws org.parley.error.ParleyException.NotFound when no such user exists
     */
    Presence current(String user);

    /**
     * Sets the caller's own status, stores it and publishes the change to every server.
     *
     * @return the stored presence
     */
    Presence update(String user, StatusUpdate update);
}
