package org.parley.presence;

import java.util.Collection;
import java.util.Map;

/**
 * Reads and changes presence. Reads are always on behalf of a viewer: what a person's privacy
 * list hides from the viewer comes back as {@link Presence#hidden(String)}, indistinguishable
 * from someone who is offline.
 */
public interface PresenceService {

    /**
     * The presence of a directory user as the viewer may see it.
     *
     * @throws org.parley.error.ParleyException.NotFound when no such user exists
     */
    Presence current(String viewer, String user);

    /**
     * The presence of many users as the viewer may see it, keyed by user id; ids that are not
     * directory users are left out.
     */
    Map<String, Presence> current(String viewer, Collection<String> users);

    /**
     * Sets the caller's own status, stores it and publishes the change to every server.
     *
     * @return the stored presence
     */
    Presence update(String user, StatusUpdate update);

    /** A connection of the user (web, phone, XMPP) opened on this server. */
    void attach(String user, String connectionId);

    /** A connection closed, or was found dead. */
    void detach(String connectionId);

    /** A client reports that its user became idle, or active again. */
    void activity(String connectionId, boolean idle);
}
