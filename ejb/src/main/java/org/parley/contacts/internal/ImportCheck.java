package org.parley.contacts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.parley.contacts.Contact;
import org.parley.contacts.ContactGroup;
import org.parley.contacts.ContactImport;
import org.parley.contacts.PrivateGroup;
import org.parley.contacts.PublicGroup;
import org.parley.contacts.Texts;
import org.parley.error.ParleyException;

/**
 * Checks an import document entry by entry and turns it into groups, or names every bad entry.
 * The directory is asked once per distinct person and group, and only about well-formed ones.
 */
final class ImportCheck {

    private final Predicate<String> userExists;
    private final Predicate<String> groupExists;
    private final Map<String, Boolean> known = new HashMap<>();
    private final ImportErrors errors = new ImportErrors();

    ImportCheck(Predicate<String> userExists, Predicate<String> groupExists) {
        this.userExists = userExists;
        this.groupExists = groupExists;
    }

    /**
     * The document's groups, in order.
     *
     * @throws ParleyException.Invalid naming every bad entry, or the limit the document breaks
     */
    List<ContactGroup> groups(ContactImport document) {
        var raw = document.groups();
        if (raw == null) {
            throw new ParleyException.Invalid("The document has no \"groups\" array");
        }
        checkSize(raw);
        var result = new ArrayList<ContactGroup>();
        var names = new HashSet<String>();
        for (int i = 0; i < raw.size(); i++) {
            result.add(group(i, raw.get(i), names));
        }
        errors.throwIfAny();
        return List.copyOf(result);
    }

    private static void checkSize(List<ContactImport.Group> raw) {
        if (raw.size() > ContactImport.MAX_GROUPS) {
            throw new ParleyException.Invalid("The document holds " + raw.size() + " groups; at most "
                    + ContactImport.MAX_GROUPS + " may be imported");
        }
        long contacts = raw.stream().filter(g -> g != null && g.contacts() != null).mapToLong(g -> g.contacts().size()).sum();
        if (contacts > ContactImport.MAX_CONTACTS) {
            throw new ParleyException.Invalid("The document holds " + contacts + " contacts; at most "
                    + ContactImport.MAX_CONTACTS + " may be imported");
        }
    }

    private ContactGroup group(int i, ContactImport.Group raw, Set<String> names) {
        if (raw == null) {
            errors.add(ImportErrors.group(i, null), "a group is an object");
            return null;
        }
        var where = ImportErrors.group(i, raw.name());
        String name;
        try {
            name = Texts.groupName(raw.name());
        } catch (ParleyException.Invalid e) {
            errors.add(where, e.getMessage());
            return null;
        }
        if (!names.add(ContactGroup.key(name))) {
            errors.add(where, "a group of this name comes earlier in the document");
            return null;
        }
        var type = raw.type() == null ? "private" : raw.type();
        switch (type) {
            case "private":
                return privateGroup(i, name, raw.contacts());
            case "public":
                return publicGroup(where, name, raw.contacts());
            default:
                errors.add(where, "the type is \"private\" or \"public\", not \"" + type + "\"");
                return null;
        }
    }

    private ContactGroup publicGroup(String where, String name, List<ContactImport.Entry> contacts) {
        if (contacts != null && !contacts.isEmpty()) {
            errors.add(where, "a public group lists no contacts: the directory decides its members");
            return null;
        }
        if (!known.computeIfAbsent("group:" + name, k -> groupExists.test(name))) {
            errors.add(where, "there is no directory group of this name with people in it");
            return null;
        }
        return PublicGroup.of(name);
    }

    private ContactGroup privateGroup(int i, String name, List<ContactImport.Entry> raw) {
        var contacts = new ArrayList<Contact>();
        Set<String> users = new HashSet<>();
        boolean bad = false;
        for (int j = 0; raw != null && j < raw.size(); j++) {
            var contact = contact(i, j, raw.get(j));
            if (contact == null) {
                bad = true;
            } else if (!users.add(contact.user())) {
                errors.add(ImportErrors.entry(i, j, contact.user()), "this person comes earlier in the same group");
                bad = true;
            } else {
                contacts.add(contact);
            }
        }
        return bad ? null : PrivateGroup.of(name, contacts);
    }

    private Contact contact(int i, int j, ContactImport.Entry raw) {
        if (raw == null) {
            errors.add(ImportErrors.entry(i, j, null), "a contact is an object");
            return null;
        }
        var where = ImportErrors.entry(i, j, raw.user());
        Contact contact;
        try {
            contact = new Contact(raw.user(), raw.nickname(), Boolean.TRUE.equals(raw.primary()));
        } catch (ParleyException.Invalid e) {
            errors.add(where, e.getMessage());
            return null;
        }
        if (!known.computeIfAbsent("user:" + contact.user(), k -> userExists.test(contact.user()))) {
            errors.add(where, "there is no such user in the directory");
            return null;
        }
        return contact;
    }
}
