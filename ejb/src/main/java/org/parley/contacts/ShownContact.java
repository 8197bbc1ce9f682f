package org.parley.contacts;

import org.parley.presence.Presence;

/**
 * A person in a shown contact list.
 *
 * @param contact the entry (for a public group's member: no nickname, not primary)
 * @param name their name in the directory (their user id when the directory has none)
 * @param presence their presence as the list's owner may see it
 */
public record ShownContact(Contact contact, String name, Presence presence) {
}
