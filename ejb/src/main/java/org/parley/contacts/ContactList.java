package org.parley.contacts;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.parley.directory.UserIds;
import org.parley.error.ParleyException;

/**
 * A person's contact list: groups in the owner's order, group names unique whatever their case.
 *
 * @param owner the user id of the person whose list it is
 * @param groups the groups, in order
 * @param version increases with every change; a change names the version it was made against
 */
public record ContactList(String owner, List<ContactGroup> groups, long version) {

    /** The most groups (private and public together) one list may hold. */
    public static final int MAX_GROUPS = 200;

    /** The most entries the private groups of one list may hold together. */
    public static final int MAX_ENTRIES = 2_000;

    public ContactList {
        UserIds.requireValid(owner);
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        if (groups.size() > MAX_GROUPS) {
            throw new ParleyException.Invalid("A contact list holds at most " + MAX_GROUPS + " groups; this one would hold "
                    + groups.size());
        }
        int entries = entries(groups);
        if (entries > MAX_ENTRIES) {
            throw new ParleyException.Invalid("A contact list holds at most " + MAX_ENTRIES
                    + " entries in its private groups; this one would hold " + entries);
        }
        var names = new HashSet<String>();
        var ids = new HashSet<String>();
        for (var g : groups) {
            if (!names.add(g.key())) {
                throw new ParleyException.Conflict("There is already a group named '" + g.name() + "' in the list");
            }
            if (!ids.add(g.id())) {
                throw new IllegalArgumentException("Two groups with id " + g.id());
            }
        }
    }

    /** The list of someone who never stored one. */
    public static ContactList empty(String owner) {
        return new ContactList(owner, List.of(), 0);
    }

    /** How many entries the private groups hold together. */
    public int entries() {
        return entries(groups);
    }

    /** Where the group of this name (in any letter case) is, or -1. */
    public int indexOf(String name) {
        var key = ContactGroup.key(name);
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the group is that the reference names: its id, or else its name in any letter case.
     *
     * @throws ParleyException.NotFound when there is none
     */
    public int require(String ref) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).id().equals(ref)) {
                return i;
            }
        }
        int at = indexOf(ref);
        if (at < 0) {
            throw new ParleyException.NotFound("There is no group '" + ref + "' (by id or name) in the list");
        }
        return at;
    }

    /**
     * The private group the reference (id or name) names.
     *
     * @throws ParleyException.NotFound when there is none
     * @throws ParleyException.Invalid when it is a public group, which the directory fills
     */
    public PrivateGroup privateGroup(String ref) {
        var group = groups.get(require(ref));
        if (group instanceof PrivateGroup p) {
            return p;
        }
        throw new ParleyException.Invalid("'" + group.name()
                + "' is a public group: the directory decides its members and its name");
    }

    public ContactList withGroups(List<ContactGroup> changed) {
        return new ContactList(owner, changed, version);
    }

    public ContactList withVersion(long changed) {
        return new ContactList(owner, groups, changed);
    }

    private static int entries(List<ContactGroup> groups) {
        int n = 0;
        for (var g : groups) {
            if (g instanceof PrivateGroup p) {
                n += p.contacts().size();
            }
        }
        return n;
    }
}
