package org.parley.directory;

import java.util.Set;

/**
 * A directory group as the directory holds it.
 *
 * @param name the group's name (cn)
 * @param description what it is for, empty when not said
 * @param ownerUid the user id of its owner, empty when none
 * @param people the user ids of the people directly in it
 * @param groups the names of the groups directly nested in it
 */
public record DirectoryGroup(String name, String description, String ownerUid, Set<String> people, Set<String> groups) {

    public DirectoryGroup {
        description = description == null ? "" : description;
        ownerUid = ownerUid == null ? "" : ownerUid;
        people = Set.copyOf(people);
        groups = Set.copyOf(groups);
    }
}
