package org.parley.devservices;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hands out unique login names in the usual corporate style: the given name's initial and the family
 * name, folded to ASCII letters ({@code jsmith}), then {@code jsmith2}, {@code jsmith3} and so on.
 */
final class UidAllocator {

    /** How many times each base name has been handed out. */
    private final Map<String, Integer> taken = new HashMap<>();

    /** Marks a name as used, such as a fixed demo account's. */
    void reserve(String uid) {
        taken.merge(uid, 1, Integer::sum);
    }

    String allocate(String givenName, String surname) {
        var base = fold(givenName).substring(0, 1) + fold(surname);
        int count = taken.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + count;
    }

    /** Lower-case ASCII letters only: accents dropped, spaces and apostrophes removed. */
    static String fold(String name) {
        var lower = name.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d");
        var decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        var letters = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("no ASCII letters in name: " + name);
        }
        return letters.toString();
    }
}
