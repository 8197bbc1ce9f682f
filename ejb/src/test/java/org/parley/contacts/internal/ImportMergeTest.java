package org.parley.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.contacts.Contact;
import org.parley.contacts.ContactGroup;
import org.parley.contacts.ContactList;
import org.parley.contacts.ImportMode;
import org.parley.contacts.PrivateGroup;
import org.parley.contacts.PublicGroup;
import org.parley.contacts.Shapes;
import org.parley.error.ParleyException;

class ImportMergeTest {

    private static final Contact BOB = new Contact("bob", "Bobby", true);
    private static final Contact CAROL = new Contact("carol", "", false);

    private final ContactList current = new ContactList("alice", List.of(
            PrivateGroup.of("Friends", List.of(BOB)), PublicGroup.of("project-atlas")), 7);

    @Test
    void mergeShouldAddWhatIsMissingAndKeepWhatIsThere() {
        var merged = ImportMerge.apply(current, List.of(
                PrivateGroup.of("friends", List.of(new Contact("bob", "Other name", false), CAROL)),
                PublicGroup.of("project-atlas"),
                PrivateGroup.of("Team", List.of(BOB))), ImportMode.MERGE);
        assertEquals(List.of("Friends private [bob 'Bobby' primary, carol '' -]", "project-atlas public",
                "Team private [bob 'Bobby' primary]"), Shapes.of(merged));
        assertEquals(current.groups().get(0).id(), merged.groups().get(0).id());
        assertEquals(7, merged.version());
    }

    @Test
    void replaceShouldLeaveExactlyTheImportedGroups() {
        List<ContactGroup> imported = List.of(PrivateGroup.of("Team", List.of(CAROL)));
        assertEquals(new ContactList("alice", imported, 7), ImportMerge.apply(current, imported, ImportMode.REPLACE));
    }

    @Test
    void mergeShouldRefuseAGroupOfTheOtherKindUnderTheSameName() {
        var problem = assertThrows(ParleyException.Invalid.class, () -> ImportMerge.apply(current, List.of(
                PublicGroup.of("Friends"), PrivateGroup.empty("Project-Atlas")), ImportMode.MERGE));
        assertTrue(problem.getMessage().contains("groups[0] 'Friends': the list has a private group"), problem.getMessage());
        assertTrue(problem.getMessage().contains("groups[1] 'Project-Atlas': the list has a public group"), problem.getMessage());
    }

    @Test
    void mergeShouldRefuseAResultOverTheLimits() {
        var contacts = new ArrayList<Contact>();
        for (int i = 0; i < ContactList.MAX_ENTRIES; i++) {
            contacts.add(new Contact("p" + i, "", false));
        }
        var problem = assertThrows(ParleyException.Invalid.class,
                () -> ImportMerge.apply(current, List.of(PrivateGroup.of("Everyone", contacts)), ImportMode.MERGE));
        assertTrue(problem.getMessage().contains("would hold 2001"), problem.getMessage());
    }
}
