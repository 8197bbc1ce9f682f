package org.parley.contacts;

import java.util.List;
import java.util.stream.Collectors;

/** Lists as comparable text without their generated group ids: one line per group. */
public final class Shapes {

    private Shapes() {
    }

    public static List<String> of(ContactList list) {
        return of(list.groups());
    }

    /** "Friends private [bob 'Bobby' primary, carol '' -]" or "project-atlas public". */
    public static List<String> of(List<? extends ContactGroup> groups) {
        return groups.stream().map(Shapes::of).toList();
    }

    public static String of(ContactGroup group) {
        if (group instanceof PrivateGroup p) {
            return p.name() + " private " + p.contacts().stream()
                    .map(c -> c.user() + " '" + c.nickname() + "' " + (c.primary() ? "primary" : "-"))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return group.name() + " public";
    }
}
