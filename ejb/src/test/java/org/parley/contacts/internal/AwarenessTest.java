package org.parley.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.contacts.Contact;
import org.parley.contacts.ContactList;
import org.parley.contacts.PrivateGroup;
import org.parley.contacts.PublicGroup;
import org.parley.contacts.ShownContact;
import org.parley.presence.Availability;
import org.parley.presence.Presence;

class AwarenessTest {

    @Test
    void countsShouldTakeEveryoneNotOfflineAsOnline() {
        var list = new ContactList("alice", List.of(
                PrivateGroup.of("Friends", List.of(new Contact("bob", "Bobby", true), new Contact("carol", "", false),
                        new Contact("dave", "", false))),
                PublicGroup.of("project-atlas"), PublicGroup.of("gone-from-ldap")), 3);
        var presence = Map.of("bob", seen("bob", Availability.DO_NOT_DISTURB), "carol", Presence.hidden("carol"),
                "vchen", seen("vchen", Availability.AWAY));
        var shown = Awareness.show(list, Map.of("project-atlas", Set.of("vchen", "carol", "bob")), presence,
                Map.of("bob", "Bob Baker"));

        assertEquals(3, shown.version());
        var friends = shown.groups().get(0);
        assertEquals(1, friends.online());
        assertEquals(3, friends.total());
        assertEquals(new ShownContact(new Contact("bob", "Bobby", true), "Bob Baker", presence.get("bob")),
                friends.contacts().get(0));
        assertEquals("carol", friends.contacts().get(1).name(), "no directory name: shown by id");
        assertEquals(Availability.OFFLINE, friends.contacts().get(2).presence().availability(), "dave has no presence");

        var atlas = shown.groups().get(1);
        assertEquals(true, atlas.publicGroup());
        assertEquals(List.of("bob", "carol", "vchen"), atlas.contacts().stream().map(c -> c.contact().user()).toList());
        assertEquals(2, atlas.online());
        assertEquals(3, atlas.total());

        var gone = shown.groups().get(2);
        assertEquals(0, gone.total());
    }

    private static Presence seen(String user, Availability a) {
        return new Presence(user, a, "here", "", "", Instant.now(), 5);
    }
}
