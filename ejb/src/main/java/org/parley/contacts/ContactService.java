package org.parley.contacts;

/**
 * Server-side contact lists: each person's private groups of contacts and the directory groups
 * they follow, the same on every device. Every answer shows presence as the owner may see it.
 * Every change names the version of the list it was made against, so that a change made on
 * another device meanwhile is never overwritten.
 */
public interface ContactService {

    /** The owner's list with everyone's presence. */
    ShownList list(String owner);

    /**
     * Makes one change to the owner's list.
     *
     * @param expectedVersion the version of the list the change was made against
     * @return the changed list with its new version
     * @throws org.parley.error.ParleyException.Conflict when the list changed meanwhile, or the
     *         change would duplicate a group name or a contact
     * @throws org.parley.error.ParleyException.NotFound when a group or contact it names is not there
     * @throws org.parley.error.ParleyException.Invalid when it breaks a rule or limit
     */
    ShownList change(String owner, ContactEdit edit, long expectedVersion);

    /** The owner's stored list, as exported: no presence, public groups by name only. */
    ContactList export(String owner);

    /**
     * Imports a document into the owner's list, merging or replacing. Every entry is checked
     * first; when any is bad nothing changes.
     *
     * @throws org.parley.error.ParleyException.Invalid naming the bad entries, or the limit the
     *         result would break
     * @throws org.parley.error.ParleyException.Conflict when the list changed meanwhile
     */
    ShownList importList(String owner, ContactImport document, long expectedVersion);
}
