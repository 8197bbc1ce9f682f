package org.parley.directory;

import java.util.Optional;
import java.util.Set;

/** Read access to the company directory. */
public interface Directory {

    /**
     * Looks a person up by user id.
     *
     * @throws org.parley.error.ParleyException.Invalid when the id is malformed
     * @throws org.parley.error.ParleyException.Unavailable when the directory cannot be reached
     */
    Optional<Person> find(String uid);

    /**
     * The names (cn) of the directory groups a person belongs to, directly.
     *
     * @throws org.parley.error.ParleyException.Unavailable when the directory cannot be reached
     */
    Set<String> groupsOf(String uid);

    /**
     * The user ids of a directory group's direct members that are people; empty when there is
     * no such group.
     *
     * @throws org.parley.error.ParleyException.Unavailable when the directory cannot be reached
     */
    Set<String> groupMembers(String group);

    default boolean exists(String uid) {
        return find(uid).isPresent();
    }
}
