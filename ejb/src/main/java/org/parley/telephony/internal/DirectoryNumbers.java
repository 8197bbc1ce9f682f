package org.parley.telephony.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.directory.OrgDirectory;

/** A person's telephone numbers from the directory, written as calls write numbers. Stateless. */
final class DirectoryNumbers {

    /** What a dialled number may contain besides digits and a leading '+', removed before use. */
    static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

    private DirectoryNumbers() {
    }

    /** The office number, then the mobile number, each without separators; none for nobody. */
    static Set<String> of(OrgDirectory directory, String user) {
        var numbers = new LinkedHashSet<String>();
        directory.card(user).ifPresent(card -> {
            for (var n : List.of(card.telephoneNumber(), card.mobile())) {
                var digits = SEPARATORS.matcher(n.strip()).replaceAll("");
                if (!digits.isEmpty()) {
                    numbers.add(digits);
                }
            }
        });
        return numbers;
    }
}
