package org.parley.presence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/** Where presence is kept between restarts, shared by every server of a deployment. */
public interface PresenceStore {

    Optional<StoredPresence> find(String user);

    /** The stored presence of those of the users that have one. */
    Map<String, StoredPresence> findAll(Collection<String> users);

    /**
     * Reads the presence of each of the people for a change (their initial presence when none is
     * stored yet), holding locks that serialize changes of the same people made by any server
     * until the transaction ends. The locks are taken in the order of the set, so two
     * transactions locking overlapping sets in that order never wait on each other in a cycle.
     */
    Map<String, StoredPresence> lockAll(SortedSet<String> users);

    StoredPresence save(StoredPresence presence);
}
