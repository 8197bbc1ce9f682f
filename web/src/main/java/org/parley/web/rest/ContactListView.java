package org.parley.web.rest;

import java.util.List;

import org.parley.contacts.ShownContact;
import org.parley.contacts.ShownGroup;
import org.parley.contacts.ShownList;

/**
 * A contact list as the API shows it, with presence as the caller may see it.
 *
 * @param owner whose list it is
 * @param version the list's version; name it in {@code If-Match} when changing the list
 * @param groups the groups, in order
 */
public record ContactListView(String owner, long version, List<Group> groups) {

    public static ContactListView of(ShownList list) {
        return new ContactListView(list.owner(), list.version(), list.groups().stream().map(Group::of).toList());
    }

    /**
     * A group with its counts.
     *
     * @param id the group's id, for ever (a path may name a group by id or by name)
     * @param name the group's name
     * @param type "private", or "public" for a directory group (read-only, members from the directory)
     * @param online how many of its people the caller sees online
     * @param total how many people are in it
     * @param contacts its people, in order
     */
    public record Group(String id, String name, String type, int online, int total, List<Entry> contacts) {

        static Group of(ShownGroup g) {
            return new Group(g.id(), g.name(), g.publicGroup() ? "public" : "private", g.online(), g.total(),
                    g.contacts().stream().map(Entry::of).toList());
        }
    }

    /**
     * A person in a group.
     *
     * @param user the user id
     * @param name their name in the directory
     * @param nickname the owner's name for them, empty when none
     * @param primary whether the owner marked them a primary contact
     * @param status their presence state as the caller may see it
     * @param message their status message as the caller may see it
     */
    public record Entry(String user, String name, String nickname, boolean primary, String status, String message) {

        static Entry of(ShownContact c) {
            return new Entry(c.contact().user(), c.name(), c.contact().nickname(), c.contact().primary(),
                    c.presence().availability().wireName(), c.presence().message());
        }
    }
}
