package org.parley.contacts.internal;

import java.util.ArrayList;
import java.util.List;

import org.parley.error.ParleyException;

/** The bad entries an import found, each named by where it is in the document. */
final class ImportErrors {

    /** The most errors one answer names; the rest are counted. */
    static final int MAX_NAMED = 20;

    private final List<String> errors = new ArrayList<>();

    void add(String where, String problem) {
        errors.add(where + ": " + problem);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<String> all() {
        return List.copyOf(errors);
    }

    /** Throws one Invalid naming the bad entries, when there are any. */
    void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        var detail = new StringBuilder("Nothing was imported; ").append(errors.size())
                .append(errors.size() == 1 ? " entry is bad: " : " entries are bad: ")
                .append(String.join("; ", errors.subList(0, Math.min(MAX_NAMED, errors.size()))));
        if (errors.size() > MAX_NAMED) {
            detail.append("; and ").append(errors.size() - MAX_NAMED).append(" more");
        }
        throw new ParleyException.Invalid(detail.toString());
    }

    static String group(int i, String name) {
        return "groups[" + i + "]" + (name == null ? "" : " '" + name + "'");
    }

    static String entry(int i, int j, String user) {
        return "groups[" + i + "].contacts[" + j + "]" + (user == null ? "" : " '" + user + "'");
    }
}
