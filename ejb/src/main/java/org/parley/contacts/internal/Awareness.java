package org.parley.contacts.internal;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import org.parley.contacts.Contact;
import org.parley.contacts.ContactList;
import org.parley.contacts.PrivateGroup;
import org.parley.contacts.PublicGroup;
import org.parley.contacts.ShownContact;
import org.parley.contacts.ShownGroup;
import org.parley.contacts.ShownList;
import org.parley.presence.Presence;

/** Puts a stored list, the directory's group members and presence together into what the owner sees. */
final class Awareness {

    private Awareness() {
    }

    /**
     * The list as shown.
     *
     * @param members the members of each public group, by group name (missing: none)
     * @param presence presence as the owner may see it, by user id; a person missing is shown offline
     * @param names directory names by user id; a person missing is shown by their id
     */
    static ShownList show(ContactList list, Map<String, Set<String>> members, Map<String, Presence> presence,
            Map<String, String> names) {
        var groups = new ArrayList<ShownGroup>();
        for (var group : list.groups()) {
            var shown = new ArrayList<ShownContact>();
            if (group instanceof PrivateGroup p) {
                p.contacts().forEach(c -> shown.add(
                        new ShownContact(c, names.getOrDefault(c.user(), c.user()), presenceOf(c.user(), presence))));
            } else if (group instanceof PublicGroup) {
                members.getOrDefault(group.name(), Set.of()).stream().sorted().forEach(
                        user -> shown.add(new ShownContact(new Contact(user, "", false), names.getOrDefault(user, user),
                                presenceOf(user, presence))));
            }
            groups.add(new ShownGroup(group.id(), group.name(), group instanceof PublicGroup, shown));
        }
        return new ShownList(list.owner(), list.version(), groups);
    }

    private static Presence presenceOf(String user, Map<String, Presence> presence) {
        var p = presence.get(user);
        return p != null ? p : Presence.offline(user);
    }
}
