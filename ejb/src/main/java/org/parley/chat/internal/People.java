package org.parley.chat.internal;

import java.util.Set;
import java.util.TreeSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;

/** Checks that the people a caller names exist, and gives their ids as the directory spells them. */
@Stateless
public class People {

    /** The most people one request may name. */
    static final int MAX_NAMED = 500;

    @Inject
    Directory directory;

    /**
     * The directory's ids of the people named.
     *
     * @throws ParleyException.NotFound naming the first who is not in the directory
     */
    public Set<String> existing(Set<String> named) {
        if (named.size() > MAX_NAMED) {
            throw new ParleyException.Invalid("Name at most " + MAX_NAMED + " people at once");
        }
        var ids = new TreeSet<String>();
        for (var user : named) {
            ids.add(directory.find(UserIds.requireValid(user))
                    .orElseThrow(() -> new ParleyException.NotFound("No user '" + user + "' in the directory")).uid());
        }
        return ids;
    }
}
