package org.parley.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

/** Each kind of change, applied to a list. */
class ContactEditTest {

    private static final Contact BOB = new Contact("bob", "Bobby", true);
    private static final Contact CAROL = new Contact("carol", "", false);

    private final ContactList list = new ContactList("alice", List.of(
            PrivateGroup.of("Friends", List.of(BOB, CAROL)),
            PrivateGroup.empty("Team"),
            PublicGroup.of("project-atlas")), 4);

    @Test
    void createGroupShouldInsertAnEmptyPrivateGroupWhereAsked() {
        var changed = new ContactEdit.CreateGroup("Family", 0).applyTo(list);
        assertEquals(List.of("Family", "Friends", "Team", "project-atlas"), names(changed));
        assertEquals("Family private []", Shapes.of(changed.groups().get(0)));
        assertEquals(4, changed.version(), "the store sets the version");
    }

    @Test
    void createGroupShouldRefuseATakenNameInAnyCase() {
        assertThrows(ParleyException.Conflict.class, () -> new ContactEdit.CreateGroup("FRIENDS", null).applyTo(list));
        assertThrows(ParleyException.Conflict.class, () -> new ContactEdit.CreateGroup("Project-Atlas", null).applyTo(list));
    }

    @Test
    void groupShouldBeFoundByItsIdOrByItsNameInAnyCase() {
        var id = list.groups().get(1).id();
        assertEquals(1, list.require(id));
        assertEquals(1, list.require("TEAM"));
        assertThrows(ParleyException.NotFound.class, () -> list.require("Teams"));
        var removed = new ContactEdit.RemoveGroup(id).applyTo(list);
        assertEquals(List.of("Friends", "project-atlas"), names(removed));
    }

    @Test
    void createdGroupShouldKeepTheIdItWasMadeWith() {
        var create = new ContactEdit.CreateGroup("Family", null);
        assertEquals(create.id(), create.applyTo(list).groups().get(3).id());
        assertThrows(ParleyException.Invalid.class, () -> new ContactEdit.CreateGroup("bad id!", "Family", null));
    }

    @Test
    void renameShouldKeepTheEntriesAndRefusePublicGroups() {
        var changed = new ContactEdit.RenameGroup("friends", "Pals").applyTo(list);
        assertEquals("Pals private [bob 'Bobby' primary, carol '' -]", Shapes.of(changed.groups().get(0)));
        assertEquals(list.groups().get(0).id(), changed.groups().get(0).id(), "a group keeps its id");
        assertThrows(ParleyException.Invalid.class, () -> new ContactEdit.RenameGroup("project-atlas", "Atlas").applyTo(list));
        assertThrows(ParleyException.Conflict.class, () -> new ContactEdit.RenameGroup("Friends", "team").applyTo(list));
        assertThrows(ParleyException.NotFound.class, () -> new ContactEdit.RenameGroup("Nobody", "X").applyTo(list));
    }

    @Test
    void moveGroupShouldReorderPrivateAndPublicGroups() {
        assertEquals(List.of("project-atlas", "Friends", "Team"), names(new ContactEdit.MoveGroup("project-atlas", 0).applyTo(list)));
        assertEquals(List.of("Team", "project-atlas", "Friends"), names(new ContactEdit.MoveGroup("Friends", 2).applyTo(list)));
    }

    @Test
    void removeGroupShouldTakeItsEntriesAlong() {
        var changed = new ContactEdit.RemoveGroup("Friends").applyTo(list);
        assertEquals(List.of("Team", "project-atlas"), names(changed));
        assertEquals(0, changed.entries());
        assertThrows(ParleyException.NotFound.class, () -> new ContactEdit.RemoveGroup("Friends").applyTo(changed));
    }

    @Test
    void addContactShouldGoToAPrivateGroupOnceAndMayBeInSeveralGroups() {
        var changed = new ContactEdit.AddContact("Team", BOB, null).applyTo(list);
        assertEquals(List.of(BOB), ((PrivateGroup) changed.groups().get(1)).contacts());
        assertEquals(3, changed.entries());
        assertThrows(ParleyException.Conflict.class, () -> new ContactEdit.AddContact("Friends", BOB, null).applyTo(list));
        assertThrows(ParleyException.Invalid.class,
                () -> new ContactEdit.AddContact("project-atlas", BOB, null).applyTo(list));
    }

    @Test
    void moveContactShouldCarryNicknameAndMarkToTheOtherGroup() {
        var changed = new ContactEdit.MoveContact("Friends", "bob", "Team", null).applyTo(list);
        assertEquals(List.of(CAROL), ((PrivateGroup) changed.groups().get(0)).contacts());
        assertEquals(List.of(BOB), ((PrivateGroup) changed.groups().get(1)).contacts());
    }

    @Test
    void moveContactWithinItsGroupShouldReorder() {
        var changed = new ContactEdit.MoveContact("Friends", "carol", "friends", 0).applyTo(list);
        assertEquals(List.of(CAROL, BOB), ((PrivateGroup) changed.groups().get(0)).contacts());
    }

    @Test
    void moveContactShouldRefuseATargetThatHasThemOrIsPublic() {
        var both = new ContactEdit.AddContact("Team", BOB, null).applyTo(list);
        assertThrows(ParleyException.Conflict.class, () -> new ContactEdit.MoveContact("Friends", "bob", "Team", null).applyTo(both));
        assertThrows(ParleyException.Invalid.class,
                () -> new ContactEdit.MoveContact("Friends", "bob", "project-atlas", null).applyTo(list));
        assertThrows(ParleyException.NotFound.class, () -> new ContactEdit.MoveContact("Team", "bob", "Friends", null).applyTo(list));
    }

    @Test
    void updateContactShouldChangeOnlyWhatItNames() {
        var renamed = new ContactEdit.UpdateContact("Friends", "bob", "Robert", null).applyTo(list);
        assertEquals(new Contact("bob", "Robert", true), ((PrivateGroup) renamed.groups().get(0)).contacts().get(0));
        var unmarked = new ContactEdit.UpdateContact("Friends", "bob", null, false).applyTo(list);
        assertEquals(new Contact("bob", "Bobby", false), ((PrivateGroup) unmarked.groups().get(0)).contacts().get(0));
        var cleared = new ContactEdit.UpdateContact("Friends", "bob", "", null).applyTo(list);
        assertEquals("", ((PrivateGroup) cleared.groups().get(0)).contacts().get(0).nickname());
    }

    @Test
    void removeContactShouldLeaveTheOthers() {
        var changed = new ContactEdit.RemoveContact("Friends", "bob").applyTo(list);
        assertEquals(List.of(CAROL), ((PrivateGroup) changed.groups().get(0)).contacts());
        assertThrows(ParleyException.NotFound.class, () -> new ContactEdit.RemoveContact("Friends", "bob").applyTo(changed));
    }

    @Test
    void sequenceShouldApplyAllOrNothing() {
        var both = new ContactEdit.Sequence(List.of(new ContactEdit.RenameGroup("Team", "Crew"), new ContactEdit.MoveGroup("Crew", 0)));
        assertEquals(List.of("Crew", "Friends", "project-atlas"), names(both.applyTo(list)));
        var failing = new ContactEdit.Sequence(List.of(new ContactEdit.RemoveGroup("Team"), new ContactEdit.RemoveGroup("Team")));
        assertThrows(ParleyException.NotFound.class, () -> failing.applyTo(list));
        assertThrows(ParleyException.Invalid.class, () -> new ContactEdit.Sequence(List.of()));
    }

    @Test
    void addingShouldBeCheckedAgainstTheDirectory() {
        var directory = TestDirectory.demo();
        new ContactEdit.AddContact("Team", BOB, null).check(directory);
        new ContactEdit.AddPublicGroup("project-atlas", null).check(directory);
        assertThrows(ParleyException.Invalid.class,
                () -> new ContactEdit.AddContact("Team", new Contact("nobody", "", false), null).check(directory));
        assertThrows(ParleyException.Invalid.class, () -> new ContactEdit.AddPublicGroup("no-such-group", null).check(directory));
    }

    private static List<String> names(ContactList list) {
        return list.groups().stream().map(ContactGroup::name).toList();
    }
}
