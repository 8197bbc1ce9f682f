package org.parley.contacts;

import java.util.Locale;

/**
 * A group of a contact list: a private group the owner fills, or a public group whose members
 * the directory decides. Names are unique in a list, whatever their case.
 */
public sealed interface ContactGroup permits PrivateGroup, PublicGroup {

    String name();

    /** The name as compared for uniqueness: letter case does not matter. */
    default String key() {
        return key(name());
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
