package org.parley.contacts;

/**
 * A directory group in a contact list, read-only: its members are read from the directory each
 * time the list is shown, so the list follows the directory's membership.
 *
 * @param id the group's id in the list
 * @param name the directory group's name (its cn)
 */
public record PublicGroup(String id, String name) implements ContactGroup {

    public PublicGroup {
        ContactGroup.requireId(id);
        name = Texts.groupName(name);
    }

    /** A new public group for the directory group of this name. */
    public static PublicGroup of(String name) {
        return new PublicGroup(ContactGroup.newId(), name);
    }
}
