package org.parley.people;

import java.util.Optional;

import org.parley.directory.Card;
import org.parley.presence.Presence;

/**
 * Everything a business card shows.
 *
 * @param card what the directory says
 * @param presence the live presence as the viewer may see it
 * @param manager the manager's card, empty at the top
 * @param directReports how many people report to this person (at most the search bound)
 * @param localTime the person's local time, empty when no time zone is known
 */
public record BusinessCard(Card card, Presence presence, Optional<Card> manager, int directReports,
        Optional<LocalClock> localTime) {
}
