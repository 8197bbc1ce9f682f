package org.parley.privacy;

import java.util.Set;
import java.util.TreeSet;

import org.parley.directory.UserIds;
import org.parley.error.ParleyException;

/**
 * A person's privacy lists.
 *
 * @param visibility who may see their presence
 * @param list the people the visibility names (the only ones, or the excepted ones)
 * @param dndExceptions the people who may still reach them while they are on Do Not Disturb
 * @param version increases with every change; a change names the version it replaces
 */
public record PrivacySettings(Visibility visibility, Set<String> list, Set<String> dndExceptions, long version) {

    /** The most people one list may hold. */
    public static final int MAX_LIST = 1000;

    public PrivacySettings {
        if (visibility == null) {
            throw new ParleyException.Invalid("A visibility is required");
        }
        list = checked("list", list);
        dndExceptions = checked("DND exception list", dndExceptions);
    }

    /** Nobody hidden from, nobody excepted: the settings of someone who never chose any. */
    public static PrivacySettings open() {
        return new PrivacySettings(Visibility.EVERYONE, Set.of(), Set.of(), 0);
    }

    /** Whether the viewer may see the owner's presence. */
    public boolean visibleTo(String viewer) {
        return switch (visibility) {
            case EVERYONE -> true;
            case ONLY -> list.contains(viewer);
            case EXCEPT -> !list.contains(viewer);
        };
    }

    private static Set<String> checked(String name, Set<String> users) {
        if (users == null) {
            return Set.of();
        }
        if (users.size() > MAX_LIST) {
            throw new ParleyException.Invalid("The " + name + " holds more than " + MAX_LIST + " people");
        }
        var sorted = new TreeSet<String>();
        users.forEach(u -> sorted.add(UserIds.requireValid(u)));
        return Set.copyOf(sorted);
    }
}
