package org.parley.contacts;

import java.util.Locale;

import org.parley.error.ParleyException;

/** What an import does with the list that is there. */
public enum ImportMode {
    /** Adds the imported groups and contacts to the list; what is there stays. */
    MERGE,
    /** The list becomes exactly the imported one. */
    REPLACE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; null means merge. */
    public static ImportMode fromWire(String name) {
        if (name == null || name.isBlank()) {
            return MERGE;
        }
        for (var m : values()) {
            if (m.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new ParleyException.Invalid("Unknown import mode '" + name + "'; use merge or replace");
    }
}
