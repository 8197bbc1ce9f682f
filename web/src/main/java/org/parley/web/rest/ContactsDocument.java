package org.parley.web.rest;

import java.time.Instant;
import java.util.List;

import org.parley.contacts.ContactGroup;
import org.parley.contacts.ContactImport;
import org.parley.contacts.ContactList;
import org.parley.contacts.ImportMode;
import org.parley.contacts.PrivateGroup;
import org.parley.error.ParleyException;

/**
 * A contact list as exported and imported (docs/contacts-format.md).
 *
 * @param format always "parley-contacts"
 * @param formatVersion 1
 * @param owner whose list was exported (ignored on import)
 * @param exported when, ISO-8601 (ignored on import)
 * @param groups the groups, in order
 */
public record ContactsDocument(String format, Integer formatVersion, String owner, String exported, List<Group> groups) {

    /** The value of {@code format}. */
    public static final String FORMAT = "parley-contacts";

    /** The only format version so far. */
    public static final int VERSION = 1;

    public static ContactsDocument of(ContactList list) {
        return new ContactsDocument(FORMAT, VERSION, list.owner(), Instant.now().toString(),
                list.groups().stream().map(Group::of).toList());
    }

    /**
     * The document as an import command, once its format is known.
     *
     * @throws org.parley.error.ParleyException.Invalid when it is not a Parley contacts document
     */
    public ContactImport toImport(ImportMode mode) {
        if (!FORMAT.equals(format)) {
            throw new ParleyException.Invalid("The document's \"format\" is \"" + FORMAT
                    + "\"; export a list to see the format");
        }
        if (formatVersion != null && formatVersion != VERSION) {
            throw new ParleyException.Invalid("Format version " + formatVersion
                    + " is not known here; this server reads version " + VERSION);
        }
        return new ContactImport(mode, groups == null ? null : groups.stream()
                .map(g -> g == null ? null : g.toImport()).toList());
    }

    /**
     * A group.
     *
     * @param type "private" (the default) or "public"
     * @param name its name; for a public group, the directory group's name (cn)
     * @param contacts a private group's people, in order
     */
    public record Group(String type, String name, List<Contact> contacts) {

        static Group of(ContactGroup g) {
            if (g instanceof PrivateGroup p) {
                return new Group("private", p.name(), p.contacts().stream().map(Contact::of).toList());
            }
            return new Group("public", g.name(), null);
        }

        ContactImport.Group toImport() {
            return new ContactImport.Group(type, name, contacts == null ? null
                    : contacts.stream().map(c -> c == null ? null : c.toImport()).toList());
        }
    }

    /**
     * A person in a private group.
     *
     * @param user the user id
     * @param nickname the owner's name for them (left out when none)
     * @param primary whether a primary contact (default false)
     */
    public record Contact(String user, String nickname, Boolean primary) {

        static Contact of(org.parley.contacts.Contact c) {
            return new Contact(c.user(), c.nickname().isEmpty() ? null : c.nickname(), c.primary());
        }

        ContactImport.Entry toImport() {
            return new ContactImport.Entry(user, nickname, primary);
        }
    }
}
