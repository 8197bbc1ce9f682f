package org.parley.contacts;

import java.util.List;

/**
 * A contact list document to import, as it came: nothing in it is checked yet, so that an
 * import can name every bad entry at once (see {@code docs/contacts-format.md}).
 *
 * @param mode merge into the list, or replace it
 * @param groups the groups, in order; null when the document has none
 */
public record ContactImport(ImportMode mode, List<Group> groups) {

    /** The most groups one document may hold. */
    public static final int MAX_GROUPS = ContactList.MAX_GROUPS;

    /** The most contacts one document may hold, over all its groups. */
    public static final int MAX_CONTACTS = ContactList.MAX_ENTRIES;

    /**
     * A group as the document has it.
     *
     * @param type "private" (also when null) or "public"
     * @param name the group's name; for a public group, the directory group's name
     * @param contacts a private group's people; null when none
     */
    public record Group(String type, String name, List<Entry> contacts) {
    }

    /**
     * A private group's person as the document has it.
     *
     * @param user the user id
     * @param nickname the nickname, or null
     * @param primary whether a primary contact; null means not
     */
    public record Entry(String user, String nickname, Boolean primary) {
    }
}
