package org.parley.people;

import org.parley.directory.Card;
import org.parley.presence.Presence;

/**
 * A person in a list (search results, reports, group members).
 *
 * @param card what the directory says
 * @param presence the presence as the viewer may see it
 */
public record Listed(Card card, Presence presence) {
}
