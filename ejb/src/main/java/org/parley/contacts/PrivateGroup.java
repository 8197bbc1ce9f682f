package org.parley.contacts;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.parley.error.ParleyException;

/**
 * A group the owner fills with contacts, in the owner's order; a person is in it at most once.
 *
 * @param id the group's id in the list
 * @param name the group's name
 * @param contacts the people in it, in order
 */
public record PrivateGroup(String id, String name, List<Contact> contacts) implements ContactGroup {

    public PrivateGroup {
        ContactGroup.requireId(id);
        name = Texts.groupName(name);
        contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
        var seen = new HashSet<String>();
        for (var c : contacts) {
            if (!seen.add(c.user())) {
                throw new ParleyException.Conflict("'" + c.user() + "' is already in group '" + name + "'");
            }
        }
    }

    /** A new group with these people. */
    public static PrivateGroup of(String name, List<Contact> contacts) {
        return new PrivateGroup(ContactGroup.newId(), name, contacts);
    }

    /** A new empty group. */
    public static PrivateGroup empty(String name) {
        return of(name, List.of());
    }

    /** Where the user is in this group, or -1. */
    public int indexOf(String user) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).user().equals(user)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the user is in this group.
     *
     * @throws ParleyException.NotFound when they are not in it
     */
    public int require(String user) {
        int at = indexOf(user);
        if (at < 0) {
            throw new ParleyException.NotFound("'" + user + "' is not in group '" + name + "'");
        }
        return at;
    }

    public PrivateGroup withContacts(List<Contact> changed) {
        return new PrivateGroup(id, name, changed);
    }

    public PrivateGroup withName(String changed) {
        return new PrivateGroup(id, changed, contacts);
    }
}
