package org.parley.directory;

import java.util.regex.Pattern;

import org.parley.error.ParleyException;

/** The rule for user ids accepted from clients, checked before any directory look-up. */
public final class UserIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private UserIds() {
    }

    /**
     * Returns the id when it is well formed.
     *
     * @throws ParleyException.Invalid otherwise
     */
    public static String requireValid(String uid) {
        if (uid == null || !VALID.matcher(uid).matches()) {
            throw new ParleyException.Invalid(
                    "A user id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return uid;
    }
}
