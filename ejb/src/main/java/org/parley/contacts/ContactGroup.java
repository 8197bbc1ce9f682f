package org.parley.contacts;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.parley.error.ParleyException;

/**
 * A group of a contact list: a private group the owner fills, or a public group whose members
 * the directory decides. A group keeps its id for life (through renames and moves); names are
 * unique in a list, whatever their case.
 */
public sealed interface ContactGroup permits PrivateGroup, PublicGroup {

    String id();

    String name();

    /** The name as compared for uniqueness: letter case does not matter. */
    default String key() {
        return key(name());
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A new group id. */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Returns the id when it is well formed.
     *
     * @throws ParleyException.Invalid otherwise
     */
    static String requireId(String id) {
        if (id == null || !Ids.VALID.matcher(id).matches()) {
            throw new ParleyException.Invalid("A group id is 1 to 36 letters, digits or '-'");
        }
        return id;
    }

    /** The rule for group ids. */
    final class Ids {
        static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]{1,36}");

        private Ids() {
        }
    }
}
