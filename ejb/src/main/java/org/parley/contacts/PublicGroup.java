package org.parley.contacts;

/**
 * A directory group in a contact list, read-only: its members are read from the directory each
 * time the list is shown, so the list follows the directory's membership.
 *
 * @param name the directory group's name (its cn)
 */
public record PublicGroup(String name) implements ContactGroup {

    public PublicGroup {
        name = Texts.groupName(name);
    }
}
