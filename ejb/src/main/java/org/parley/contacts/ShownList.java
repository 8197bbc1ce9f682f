package org.parley.contacts;

import java.util.List;

/**
 * A contact list as its owner sees it: public groups filled from the directory, everyone's
 * presence as the owner may see it.
 *
 * @param owner whose list it is
 * @param version the version of the stored list shown
 * @param groups the groups, in order
 */
public record ShownList(String owner, long version, List<ShownGroup> groups) {

    public ShownList {
        groups = List.copyOf(groups);
    }
}
