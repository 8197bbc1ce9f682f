package org.parley.privacy;

import java.util.Locale;

import org.parley.error.ParleyException;

/** Who may see a person's presence. */
public enum Visibility {
    /** Everyone in the directory. */
    EVERYONE("everyone"),
    /** Only the people on the list. */
    ONLY("only"),
    /** Everyone but the people on the list. */
    EXCEPT("except");

    private final String wireName;

    Visibility(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Visibility fromWire(String name) {
        if (name != null) {
            var wanted = name.trim().toLowerCase(Locale.ROOT);
            for (var v : values()) {
                if (v.wireName.equals(wanted)) {
                    return v;
                }
            }
        }
        throw new ParleyException.Invalid("Unknown visibility '" + name + "'; use everyone, only or except");
    }
}
