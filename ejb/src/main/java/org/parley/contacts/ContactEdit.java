package org.parley.contacts;

import java.util.List;
import java.util.Objects;

import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;

/**
 * One change of a contact list. Each kind checks its own input when made, may check it against
 * the directory ({@link #check}), and applies itself to the list it was made against
 * ({@link #applyTo}); the list's own rules (limits, unique names) hold for the result.
 */
public sealed interface ContactEdit {

    /**
     * The list with this change made.
     *
     * @throws ParleyException.NotFound when a group or contact it names is not in the list
     * @throws ParleyException.Conflict when it would duplicate a group name or a contact in a group
     * @throws ParleyException.Invalid when it breaks a rule of the list
     */
    ContactList applyTo(ContactList list);

    /**
     * Checks what the change names against the directory, before any lock is taken.
     *
     * @throws ParleyException.Invalid when a person or group it adds is not in the directory
     */
    default void check(Directory directory) {
    }

    /**
     * Creates an empty private group at the position (null: last).
     *
     * @param id the new group's id
     */
    record CreateGroup(String id, String name, Integer position) implements ContactEdit {
        public CreateGroup {
            ContactGroup.requireId(id);
            name = Texts.groupName(name);
        }

        /** A group with a new id. */
        public CreateGroup(String name, Integer position) {
            this(ContactGroup.newId(), name, position);
        }

        @Override
        public ContactList applyTo(ContactList list) {
            return list.withGroups(Positions.insert(list.groups(), new PrivateGroup(id, name, List.of()), position));
        }
    }

    /** Renames a private group (named by id or name); it keeps its id and entries. */
    record RenameGroup(String group, String newName) implements ContactEdit {
        public RenameGroup {
            Objects.requireNonNull(group, "group");
            newName = Texts.groupName(newName);
        }

        @Override
        public ContactList applyTo(ContactList list) {
            return list.withGroups(Positions.replace(list.groups(), list.require(group),
                    list.privateGroup(group).withName(newName)));
        }
    }

    /** Moves a group, private or public (named by id or name), to another position. */
    record MoveGroup(String group, int position) implements ContactEdit {
        public MoveGroup {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public ContactList applyTo(ContactList list) {
            return list.withGroups(Positions.move(list.groups(), list.require(group), position));
        }
    }

    /** Removes a group (named by id or name), private with its entries, or public. */
    record RemoveGroup(String group) implements ContactEdit {
        public RemoveGroup {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public ContactList applyTo(ContactList list) {
            return list.withGroups(Positions.remove(list.groups(), list.require(group)));
        }
    }

    /**
     * Adds a directory group, by its name, at the position (null: last).
     *
     * @param id the new group's id
     */
    record AddPublicGroup(String id, String name, Integer position) implements ContactEdit {
        public AddPublicGroup {
            ContactGroup.requireId(id);
            name = Texts.groupName(name);
        }

        /** A group with a new id. */
        public AddPublicGroup(String name, Integer position) {
            this(ContactGroup.newId(), name, position);
        }

        @Override
        public void check(Directory directory) {
            if (directory.groupMembers(name).isEmpty()) {
                throw new ParleyException.Invalid("There is no directory group '" + name + "' with people in it");
            }
        }

        @Override
        public ContactList applyTo(ContactList list) {
            return list.withGroups(Positions.insert(list.groups(), new PublicGroup(id, name), position));
        }
    }

    /** Adds a person to a private group (named by id or name) at the position (null: last). */
    record AddContact(String group, Contact contact, Integer position) implements ContactEdit {
        public AddContact {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(contact, "contact");
        }

        @Override
        public void check(Directory directory) {
            requireUser(directory, contact.user());
        }

        @Override
        public ContactList applyTo(ContactList list) {
            var target = list.privateGroup(group);
            return list.withGroups(Positions.replace(list.groups(), list.require(group),
                    target.withContacts(Positions.insert(target.contacts(), contact, position))));
        }
    }

    /** Removes a person from a private group. */
    record RemoveContact(String group, String user) implements ContactEdit {
        public RemoveContact {
            Objects.requireNonNull(group, "group");
            UserIds.requireValid(user);
        }

        @Override
        public ContactList applyTo(ContactList list) {
            var source = list.privateGroup(group);
            return list.withGroups(Positions.replace(list.groups(), list.require(group),
                    source.withContacts(Positions.remove(source.contacts(), source.require(user)))));
        }
    }

    /**
     * Moves a person from a private group to a position (null: last) in the same or another
     * private group, keeping their nickname and primary mark.
     */
    record MoveContact(String group, String user, String toGroup, Integer position) implements ContactEdit {
        public MoveContact {
            Objects.requireNonNull(group, "group");
            UserIds.requireValid(user);
            Objects.requireNonNull(toGroup, "toGroup");
        }

        @Override
        public ContactList applyTo(ContactList list) {
            var source = list.privateGroup(group);
            int from = source.require(user);
            int sourceAt = list.require(group);
            int targetAt = list.require(toGroup);
            if (sourceAt == targetAt) {
                return list.withGroups(Positions.replace(list.groups(), sourceAt,
                        source.withContacts(Positions.move(source.contacts(), from, position))));
            }
            var target = list.privateGroup(toGroup);
            var moved = Positions.replace(list.groups(), sourceAt,
                    source.withContacts(Positions.remove(source.contacts(), from)));
            return list.withGroups(Positions.replace(moved, targetAt,
                    target.withContacts(Positions.insert(target.contacts(), source.contacts().get(from), position))));
        }
    }

    /** Sets a person's nickname and primary mark in a private group; null leaves a value as it is. */
    record UpdateContact(String group, String user, String nickname, Boolean primary) implements ContactEdit {
        public UpdateContact {
            Objects.requireNonNull(group, "group");
            UserIds.requireValid(user);
            nickname = nickname == null ? null : Texts.nickname(nickname);
        }

        @Override
        public ContactList applyTo(ContactList list) {
            var source = list.privateGroup(group);
            int at = source.require(user);
            var old = source.contacts().get(at);
            var changed = new Contact(user, nickname == null ? old.nickname() : nickname,
                    primary == null ? old.primary() : primary);
            return list.withGroups(Positions.replace(list.groups(), list.require(group),
                    source.withContacts(Positions.replace(source.contacts(), at, changed))));
        }
    }

    /** Several changes made as one, in order: all of them or none. */
    record Sequence(List<ContactEdit> edits) implements ContactEdit {
        public Sequence {
            edits = List.copyOf(edits);
            if (edits.isEmpty()) {
                throw new ParleyException.Invalid("The request changes nothing");
            }
        }

        @Override
        public void check(Directory directory) {
            edits.forEach(e -> e.check(directory));
        }

        @Override
        public ContactList applyTo(ContactList list) {
            var result = list;
            for (var e : edits) {
                result = e.applyTo(result);
            }
            return result;
        }
    }

    /**
     * Checks that a person is in the directory.
     *
     * @throws ParleyException.Invalid when they are not
     */
    static void requireUser(Directory directory, String user) {
        if (!directory.exists(user)) {
            throw new ParleyException.Invalid("There is no user '" + user + "' in the directory");
        }
    }
}
