package org.parley.contacts.internal;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.parley.json.Jsons;

import org.parley.contacts.ContactListChanged;
import org.parley.events.UserEvent;
import org.parley.events.UserEventBus;

/**
 * Tells every connection of a list's owner, on every server, that their contact list changed
 * ({@code {"type":"contacts","version":N}}), so a list edited on one device is fetched again on
 * the others. Published in the transaction that stores the change: a change that is rolled back
 * is never announced.
 */
@ApplicationScoped
public class ContactListPush {

    @Inject
    UserEventBus events;

    void onChange(@Observes ContactListChanged change) {
        events.publish(new UserEvent(Set.of(change.owner()), "contacts",
                Jsons.createObjectBuilder().add("version", change.version()).build()));
    }
}
