package org.parley.contacts;

import java.util.List;

import org.parley.presence.Availability;

/**
 * A group of a shown contact list, with its counts ("Lotus (2/23)").
 *
 * @param id the group's id
 * @param name the group's name
 * @param publicGroup whether the directory decides its members
 * @param contacts the people in it, in the owner's order (a public group's members by user id)
 */
public record ShownGroup(String id, String name, boolean publicGroup, List<ShownContact> contacts) {

    public ShownGroup {
        contacts = List.copyOf(contacts);
    }

    /** How many people in the group the owner sees online (hidden people count as offline). */
    public int online() {
        return (int) contacts.stream().filter(c -> c.presence().availability() != Availability.OFFLINE).count();
    }

    /** How many people are in the group. */
    public int total() {
        return contacts.size();
    }
}
