package org.parley.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.contacts.Contact;
import org.parley.contacts.ContactEdit;
import org.parley.contacts.ContactListChanged;
import org.parley.contacts.ContactImport;
import org.parley.contacts.ImportMode;
import org.parley.contacts.InMemoryContactStore;
import org.parley.contacts.PrivateGroup;
import org.parley.contacts.Shapes;
import org.parley.contacts.ShownGroup;
import org.parley.directory.Directory;
import org.parley.directory.Person;
import org.parley.error.ParleyException;
import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceService;
import org.parley.presence.StatusUpdate;

/** The service over an in-memory store, a directory whose groups change, and presence with privacy. */
class ContactServiceBeanTest {

    private final Map<String, Set<String>> groups = new HashMap<>();
    private final Map<String, Availability> online = new HashMap<>();
    private final Set<String> hiddenFromAlice = new HashSet<>();
    private final ContactServiceBean service = new ContactServiceBean();
    private final RecordingEvent<ContactListChanged> changes = new RecordingEvent<>();

    @BeforeEach
    void wire() {
        groups.put("project-atlas", Set.of("bob", "carol"));
        service.store = new InMemoryContactStore();
        service.directory = new ChangingDirectory();
        service.presence = new VisiblePresence();
        service.changed = changes;
    }

    @Test
    void everyStoredChangeShouldBeAnnouncedToTheOwnerAndARefusedOneNot() {
        service.change("alice", new ContactEdit.CreateGroup("Friends", null), 0);
        assertEquals(List.of(new ContactListChanged("alice", 1)), changes.fired);
        assertThrows(ParleyException.Conflict.class,
                () -> service.change("alice", new ContactEdit.CreateGroup("Others", null), 0));
        assertEquals(1, changes.fired.size(), "a change made against an old version is refused and not announced");
    }

    @Test
    void listShouldCountWhatTheOwnerMaySee() {
        service.change("alice", new ContactEdit.Sequence(List.of(new ContactEdit.CreateGroup("Friends", null),
                new ContactEdit.AddContact("Friends", new Contact("bob", "", false), null),
                new ContactEdit.AddContact("Friends", new Contact("carol", "", false), null),
                new ContactEdit.AddPublicGroup("project-atlas", null))), 0);
        online.put("bob", Availability.AVAILABLE);
        online.put("carol", Availability.AWAY);
        assertEquals(List.of("2/2", "2/2"), counts("alice"));
        hiddenFromAlice.add("carol");
        assertEquals(List.of("1/2", "1/2"), counts("alice"));
        assertEquals(Availability.OFFLINE, service.list("alice").groups().get(0).contacts().get(1).presence().availability());
    }

    @Test
    void publicGroupShouldFollowTheDirectory() {
        service.change("alice", new ContactEdit.AddPublicGroup("project-atlas", null), 0);
        groups.put("project-atlas", Set.of("bob", "carol", "dave"));
        assertEquals(List.of("0/3"), counts("alice"));
        groups.put("project-atlas", Set.of("bob", "not a valid id"));
        assertEquals(List.of("0/1"), counts("alice"), "ids Parley cannot take are left out");
    }

    @Test
    void unknownPersonShouldBeRefusedAndNothingStored() {
        service.change("alice", new ContactEdit.CreateGroup("Friends", null), 0);
        assertThrows(ParleyException.Invalid.class, () -> service.change("alice",
                new ContactEdit.AddContact("Friends", new Contact("nobody", "", false), null), 1));
        assertEquals(1, service.list("alice").version());
    }

    @Test
    void staleVersionShouldConflictAndKeepTheOtherChange() {
        service.change("alice", new ContactEdit.CreateGroup("From the phone", null), 0);
        assertThrows(ParleyException.Conflict.class,
                () -> service.change("alice", new ContactEdit.CreateGroup("From the laptop", null), 0));
        assertEquals(List.of("From the phone"), service.list("alice").groups().stream().map(ShownGroup::name).toList());
    }

    @Test
    void badImportShouldChangeNothing() {
        service.change("alice", new ContactEdit.CreateGroup("Friends", null), 0);
        var bad = new ContactImport(ImportMode.REPLACE, List.of(new ContactImport.Group(null, "Team",
                List.of(new ContactImport.Entry("bob", null, null), new ContactImport.Entry("nobody", null, null)))));
        assertThrows(ParleyException.Invalid.class, () -> service.importList("alice", bad, 1));
        assertEquals(List.of("Friends"), service.list("alice").groups().stream().map(ShownGroup::name).toList());
    }

    @Test
    void exportThenImportShouldRoundTrip() {
        service.change("alice", new ContactEdit.Sequence(List.of(new ContactEdit.CreateGroup("Friends", null),
                new ContactEdit.AddContact("Friends", new Contact("bob", "Bobby", true), null),
                new ContactEdit.AddPublicGroup("project-atlas", 0))), 0);
        var exported = service.export("alice");
        var document = new ContactImport(ImportMode.REPLACE, exported.groups().stream().map(g -> g instanceof
                PrivateGroup p ? new ContactImport.Group("private", p.name(), p.contacts().stream()
                        .map(c -> new ContactImport.Entry(c.user(), c.nickname(), c.primary())).toList())
                : new ContactImport.Group("public", g.name(), null)).toList());
        service.change("alice", new ContactEdit.RemoveGroup("Friends"), 1);
        service.importList("alice", document, 2);
        assertEquals(Shapes.of(exported), Shapes.of(service.export("alice")));
        assertEquals(3, service.export("alice").version());
    }

    private List<String> counts(String owner) {
        return service.list(owner).groups().stream().map(g -> g.online() + "/" + g.total()).toList();
    }

    /** The demo people; groups from the test's map. */
    private final class ChangingDirectory implements Directory {
        private final Set<String> people = Set.of("alice", "bob", "carol", "dave", "erin");

        @Override
        public Optional<Person> find(String uid) {
            return people.contains(uid) ? Optional.of(new Person(uid, uid, "", "", "")) : Optional.empty();
        }

        @Override
        public Set<String> groupsOf(String uid) {
            return Set.of();
        }

        @Override
        public Set<String> groupMembers(String group) {
            return groups.getOrDefault(group, Set.of());
        }
    }

    /** Presence as alice may see it: who is online, minus whom privacy hides from her. */
    private final class VisiblePresence implements PresenceService {
        @Override
        public Presence current(String viewer, String user) {
            var a = online.get(user);
            if (a == null || (viewer.equals("alice") && hiddenFromAlice.contains(user))) {
                return Presence.hidden(user);
            }
            return new Presence(user, a, "", "", "", Instant.now(), 1);
        }

        @Override
        public Map<String, Presence> current(String viewer, Collection<String> users) {
            var result = new HashMap<String, Presence>();
            users.forEach(u -> result.put(u, current(viewer, u)));
            return result;
        }

        @Override
        public Presence update(String user, StatusUpdate update) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void attach(String user, String connectionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void detach(String connectionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void activity(String connectionId, boolean idle) {
            throw new UnsupportedOperationException();
        }
    }
}
