package org.parley.contacts;

import java.util.function.UnaryOperator;

/** Where contact lists are kept. */
public interface ContactStore {

    /** The owner's list; an empty list at version 0 when they never stored one. */
    ContactList find(String owner);

    /**
     * Changes the owner's list under a per-owner lock: reads it, checks that it is still at the
     * expected version, applies the change and stores the result with the next version, all in
     * the caller's transaction.
     *
     * @return the stored list with its new version
     * @throws org.parley.error.ParleyException.Conflict when the list is at another version
     */
    ContactList update(String owner, long expectedVersion, UnaryOperator<ContactList> change);
}
