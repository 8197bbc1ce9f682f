package org.parley.presence;

import java.util.Optional;

/** Where presence is kept between restarts. */
public interface PresenceStore {

    Optional<Presence> find(String user);

    Presence save(Presence presence);
}
