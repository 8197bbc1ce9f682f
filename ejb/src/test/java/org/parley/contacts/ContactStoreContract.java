package org.parley.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

/** What every contact store does; implemented once per back end. */
public interface ContactStoreContract {

    /** Runs the work in one transaction of the store under test; a domain error rolls it back. */
    <T> T inTransaction(Function<ContactStore, T> work);

    default String newOwner() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    default ContactList change(String owner, long version, ContactEdit edit) {
        return inTransaction(store -> store.update(owner, version, edit::applyTo));
    }

    default ContactList read(String owner) {
        return inTransaction(store -> store.find(owner));
    }

    @Test
    default void ownerWithoutListShouldHaveEmptyListAtVersionZero() {
        var owner = newOwner();
        assertEquals(ContactList.empty(owner), read(owner));
    }

    @Test
    default void everyChangeShouldBeStoredWithTheNextVersion() {
        var owner = newOwner();
        var first = change(owner, 0, new ContactEdit.CreateGroup("Friends", null));
        assertEquals(1, first.version());
        var second = change(owner, 1, new ContactEdit.AddContact("Friends", new Contact("bob", "Bobby", true), null));
        assertEquals(2, second.version());
        assertEquals(second, read(owner));
    }

    @Test
    default void staleVersionShouldConflictAndKeepTheStoredList() {
        var owner = newOwner();
        var stored = change(owner, 0, new ContactEdit.CreateGroup("Friends", null));
        assertThrows(ParleyException.Conflict.class, () -> change(owner, 0, new ContactEdit.CreateGroup("Team", null)));
        assertThrows(ParleyException.Conflict.class, () -> change(owner, 5, new ContactEdit.CreateGroup("Team", null)));
        assertEquals(stored, read(owner));
    }

    @Test
    default void refusedChangeShouldLeaveTheListAsItWas() {
        var owner = newOwner();
        var stored = change(owner, 0, new ContactEdit.CreateGroup("Friends", null));
        assertThrows(ParleyException.NotFound.class,
                () -> change(owner, 1, new ContactEdit.AddContact("Nowhere", new Contact("bob", "", false), null)));
        assertEquals(stored, read(owner));
    }

    @Test
    default void orderNamesNicknamesAndKindsShouldSurviveEveryKindOfChange() {
        var owner = newOwner();
        var list = change(owner, 0, new ContactEdit.Sequence(List.of(
                new ContactEdit.CreateGroup("Friends", null),
                new ContactEdit.CreateGroup("Team", null),
                new ContactEdit.AddPublicGroup("project-atlas", 0),
                new ContactEdit.AddContact("Friends", new Contact("bob", "Bobby", false), null),
                new ContactEdit.AddContact("Friends", new Contact("carol", "", true), 0),
                new ContactEdit.AddContact("Team", new Contact("bob", "", false), null))));
        assertEquals(list, read(owner));
        list = change(owner, list.version(), new ContactEdit.Sequence(List.of(
                new ContactEdit.RenameGroup("team", "The Team"),
                new ContactEdit.MoveGroup("project-atlas", 2),
                new ContactEdit.MoveContact("Friends", "carol", "The Team", 0),
                new ContactEdit.UpdateContact("Friends", "bob", "", true))));
        assertEquals(List.of("Friends private [bob '' primary]", "The Team private [carol '' primary, bob '' -]",
                "project-atlas public"), Shapes.of(list));
        assertEquals(2, list.version());
        assertEquals(list, read(owner));
        list = change(owner, 2, new ContactEdit.Sequence(List.of(
                new ContactEdit.RemoveGroup("Friends"), new ContactEdit.RemoveContact("The Team", "bob"))));
        assertEquals(List.of("The Team private [carol '' primary]", "project-atlas public"), Shapes.of(read(owner)));
        assertEquals(3, read(owner).version());
    }

    @Test
    default void listsOfDifferentOwnersShouldBeSeparate() {
        var one = newOwner();
        var other = newOwner();
        change(one, 0, new ContactEdit.CreateGroup("Mine", null));
        change(other, 0, new ContactEdit.CreateGroup("Mine", null));
        change(other, 1, new ContactEdit.RemoveGroup("Mine"));
        assertEquals(1, read(one).groups().size());
        assertEquals(0, read(other).groups().size());
    }
}
