package org.parley.presence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where presence is kept between restarts, shared by every server of a deployment. */
public interface PresenceStore {

    Optional<StoredPresence> find(String user);

    /** The stored presence of those of the users that have one. */
    Map<String, StoredPresence> findAll(Collection<String> users);

    /**
     * Reads a person's presence for a change, holding a lock that serializes changes of the
     * same person made by any server until the transaction ends.
     */
    StoredPresence lock(String user);

    StoredPresence save(StoredPresence presence);
}
