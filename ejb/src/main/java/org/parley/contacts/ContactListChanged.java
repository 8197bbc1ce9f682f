package org.parley.contacts;

/**
 * Fired (as a CDI event, inside the transaction that stores it) when a person's contact list
 * changed, so that their other devices can be told.
 *
 * @param owner whose list it is
 * @param version the list's version after the change
 */
public record ContactListChanged(String owner, long version) {
}
