package org.parley.contacts.internal;

import java.util.ArrayList;
import java.util.List;

import org.parley.contacts.Contact;
import org.parley.contacts.ContactGroup;
import org.parley.contacts.ContactList;
import org.parley.contacts.ImportMode;
import org.parley.contacts.PrivateGroup;

/**
 * How imported groups combine with the list that is there. Replace: the list becomes the
 * imported groups. Merge: a group of a name the list lacks is added at the end; a private group
 * the list has gets the imported people it lacks, at its end; everything there stays as it is.
 */
final class ImportMerge {

    private ImportMerge() {
    }

    /**
     * The list after the import.
     *
     * @throws org.parley.error.ParleyException.Invalid naming the imported groups whose kind
     *         differs from the list's group of the same name, or the limit the result breaks
     */
    static ContactList apply(ContactList current, List<ContactGroup> imported, ImportMode mode) {
        if (mode == ImportMode.REPLACE) {
            return current.withGroups(imported);
        }
        var groups = new ArrayList<>(current.groups());
        var errors = new ImportErrors();
        for (int i = 0; i < imported.size(); i++) {
            var incoming = imported.get(i);
            int at = current.indexOf(incoming.name());
            if (at < 0) {
                groups.add(incoming);
            } else if (incoming instanceof PrivateGroup add && groups.get(at) instanceof PrivateGroup there) {
                groups.set(at, there.withContacts(union(there.contacts(), add.contacts())));
            } else if (incoming.getClass() != groups.get(at).getClass()) {
                errors.add(ImportErrors.group(i, incoming.name()), "the list has a "
                        + (incoming instanceof PrivateGroup ? "public" : "private") + " group of this name");
            }
        }
        errors.throwIfAny();
        return current.withGroups(groups);
    }

    private static List<Contact> union(List<Contact> there, List<Contact> added) {
        var result = new ArrayList<>(there);
        for (var c : added) {
            if (result.stream().noneMatch(t -> t.user().equals(c.user()))) {
                result.add(c);
            }
        }
        return result;
    }
}
