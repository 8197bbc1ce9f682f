package org.parley.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

/** The rules every contact list keeps: names, nicknames, user ids, uniqueness and limits. */
class ContactRulesTest {

    @Test
    void groupNameShouldBeStrippedAndOneTo64Characters() {
        assertEquals("Friends", Texts.groupName("  Friends "));
        assertEquals("x".repeat(64), Texts.groupName("x".repeat(64)));
        assertEquals("😀".repeat(64), Texts.groupName("😀".repeat(64)), "characters, not UTF-16 units");
        assertInvalid(() -> Texts.groupName(""));
        assertInvalid(() -> Texts.groupName("   "));
        assertInvalid(() -> Texts.groupName(null));
        assertInvalid(() -> Texts.groupName("x".repeat(65)));
    }

    @Test
    void textsShouldRefuseControlCharactersAndLineBreaks() {
        for (var bad : List.of("a\nb", "a\tb", "a\u0000b", "a\u007fb", "a\u2028b", "a\u0085b")) {
            assertInvalid(() -> Texts.groupName(bad));
            assertInvalid(() -> Texts.nickname(bad));
        }
        assertEquals("Léa Okafor, Ørsted & Co. 👋", Texts.groupName("Léa Okafor, Ørsted & Co. 👋"));
    }

    @Test
    void nicknameShouldBeOptionalAndAtMost64Characters() {
        assertEquals("", Texts.nickname(null));
        assertEquals("", Texts.nickname("  "));
        assertEquals("Bobby", new Contact("bob", " Bobby ", false).nickname());
        assertInvalid(() -> new Contact("bob", "n".repeat(65), false));
    }

    @Test
    void contactShouldNeedAWellFormedUserId() {
        assertInvalid(() -> new Contact("a*b", "", false));
        assertInvalid(() -> new Contact("", "", false));
        assertInvalid(() -> new Contact(null, "", false));
        assertInvalid(() -> new Contact("x".repeat(65), "", false));
    }

    @Test
    void personShouldBeInAPrivateGroupOnlyOnce() {
        var bob = new Contact("bob", "", false);
        assertThrows(ParleyException.Conflict.class, () -> PrivateGroup.of("Friends", List.of(bob, bob)));
    }

    @Test
    void groupNamesShouldBeUniqueWhateverTheirCase() {
        assertThrows(ParleyException.Conflict.class, () -> new ContactList("alice",
                List.of(PrivateGroup.empty("Team"), PublicGroup.of("TEAM")), 0));
    }

    @Test
    void listShouldHoldAtMost200Groups() {
        var groups = new ArrayList<ContactGroup>();
        for (int i = 0; i < ContactList.MAX_GROUPS; i++) {
            groups.add(PrivateGroup.empty("g" + i));
        }
        var full = new ContactList("alice", groups, 3);
        var problem = assertInvalid(() -> new ContactEdit.CreateGroup("one more", null).applyTo(full));
        assertTrue(problem.getMessage().contains("200 groups"), problem.getMessage());
    }

    @Test
    void listShouldHoldAtMost2000Entries() {
        var groups = new ArrayList<ContactGroup>();
        for (int g = 0; g < 4; g++) {
            var contacts = new ArrayList<Contact>();
            for (int i = 0; i < 500; i++) {
                contacts.add(new Contact("u" + g + "-" + i, "", false));
            }
            groups.add(PrivateGroup.of("g" + g, contacts));
        }
        var full = new ContactList("alice", groups, 3);
        assertEquals(ContactList.MAX_ENTRIES, full.entries());
        var problem = assertInvalid(
                () -> new ContactEdit.AddContact("g0", new Contact("bob", "", false), null).applyTo(full));
        assertTrue(problem.getMessage().contains("2000 entries"), problem.getMessage());
    }

    @Test
    void positionShouldBeWithinTheList() {
        var list = new ContactList("alice", List.of(PrivateGroup.empty("A")), 0);
        assertInvalid(() -> new ContactEdit.CreateGroup("B", 2).applyTo(list));
        assertInvalid(() -> new ContactEdit.CreateGroup("B", -1).applyTo(list));
        assertEquals("B", new ContactEdit.CreateGroup("B", 1).applyTo(list).groups().get(1).name());
    }

    private static ParleyException.Invalid assertInvalid(Runnable action) {
        return assertThrows(ParleyException.Invalid.class, action::run);
    }
}
