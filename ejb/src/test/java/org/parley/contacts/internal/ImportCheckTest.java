package org.parley.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parley.contacts.ContactImport;
import org.parley.contacts.ContactImport.Entry;
import org.parley.contacts.ContactImport.Group;
import org.parley.contacts.ImportMode;
import org.parley.contacts.Shapes;
import org.parley.contacts.TestDirectory;
import org.parley.error.ParleyException;

class ImportCheckTest {

    private final TestDirectory directory = TestDirectory.demo();

    @Test
    void goodDocumentShouldBecomeGroups() {
        var groups = check(doc(
                new Group(null, " Friends ", List.of(new Entry("bob", "Bobby", true), new Entry("carol", null, null))),
                new Group("public", "project-atlas", null)));
        assertEquals(List.of("Friends private [bob 'Bobby' primary, carol '' -]", "project-atlas public"), Shapes.of(groups));
    }

    @Test
    void everyBadEntryShouldBeNamedInOneProblem() {
        var problem = assertThrows(ParleyException.Invalid.class, () -> check(doc(
                new Group("private", "Friends", List.of(new Entry("bob", null, null), new Entry("no.one", null, null),
                        new Entry("a*b", null, null), new Entry("bob", null, null))),
                new Group("public", "no-such-group", null),
                new Group("secret", "X", null),
                new Group("private", "x".repeat(65), null),
                new Group("private", "FRIENDS", null),
                new Group("private", "Nicks", List.of(new Entry("carol", "n\nn", false))))));
        var detail = problem.getMessage();
        assertTrue(detail.startsWith("Nothing was imported; 8 entries are bad"), detail);
        for (var where : List.of("groups[0].contacts[1] 'no.one'", "groups[0].contacts[2] 'a*b'", "groups[0].contacts[3] 'bob'",
                "groups[1] 'no-such-group'", "groups[2] 'X'", "groups[3]", "groups[4] 'FRIENDS'", "groups[5].contacts[0] 'carol'")) {
            assertTrue(detail.contains(where), where + " in " + detail);
        }
        assertFalse(detail.contains("groups[0].contacts[0]"), detail);
    }

    @Test
    void directoryShouldBeAskedOncePerPerson() {
        var asked = new AtomicInteger();
        var entries = new ArrayList<Entry>();
        for (int g = 0; g < 3; g++) {
            entries.add(new Entry("bob", null, null));
        }
        new ImportCheck(u -> asked.incrementAndGet() > 0, g -> true).groups(doc(
                new Group(null, "A", entries.subList(0, 1)), new Group(null, "B", entries.subList(1, 2)),
                new Group(null, "C", entries.subList(2, 3))));
        assertEquals(1, asked.get());
    }

    @Test
    void publicGroupShouldListNoContacts() {
        var problem = assertThrows(ParleyException.Invalid.class, () -> check(doc(
                new Group("public", "project-atlas", List.of(new Entry("bob", null, null))))));
        assertTrue(problem.getMessage().contains("directory decides"), problem.getMessage());
    }

    @Test
    void oversizedDocumentShouldBeRefusedBeforeAnyCheck() {
        var many = Collections.nCopies(ContactImport.MAX_CONTACTS + 1, new Entry("bob", null, null));
        var problem = assertThrows(ParleyException.Invalid.class, () -> new ImportCheck(u -> {
            throw new AssertionError("no directory look-up");
        }, g -> true).groups(doc(new Group(null, "All", many))));
        assertTrue(problem.getMessage().contains("2001 contacts"), problem.getMessage());
        var groups = new ArrayList<Group>();
        for (int i = 0; i <= ContactImport.MAX_GROUPS; i++) {
            groups.add(new Group(null, "g" + i, null));
        }
        assertThrows(ParleyException.Invalid.class, () -> check(new ContactImport(ImportMode.MERGE, groups)));
    }

    @Test
    void documentWithoutGroupsShouldBeRefused() {
        assertThrows(ParleyException.Invalid.class, () -> check(new ContactImport(ImportMode.MERGE, null)));
    }

    @Test
    void longListOfBadEntriesShouldBeCutShort() {
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < 30; i++) {
            entries.add(new Entry("nobody" + i, null, null));
        }
        var problem = assertThrows(ParleyException.Invalid.class, () -> check(doc(new Group(null, "A", entries))));
        assertTrue(problem.getMessage().contains("30 entries are bad"), problem.getMessage());
        assertTrue(problem.getMessage().endsWith("and 10 more"), problem.getMessage());
    }

    private List<org.parley.contacts.ContactGroup> check(ContactImport document) {
        return new ImportCheck(directory::exists, g -> !directory.groupMembers(g).isEmpty()).groups(document);
    }

    private static ContactImport doc(Group... groups) {
        return new ContactImport(ImportMode.MERGE, List.of(groups));
    }
}
