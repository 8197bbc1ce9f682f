package org.parley.contacts;

import org.parley.error.ParleyException;

/** The rules for the free texts of a contact list: group names and nicknames. */
public final class Texts {

    /** The longest group name or nickname, in characters (code points). */
    public static final int MAX_LENGTH = 64;

    private Texts() {
    }

    /**
     * A group name without surrounding white space.
     *
     * @throws ParleyException.Invalid when it is empty, longer than {@link #MAX_LENGTH} or holds a
     *         control character
     */
    public static String groupName(String name) {
        var stripped = checked("A group name", name);
        if (stripped.isEmpty()) {
            throw new ParleyException.Invalid("A group name is 1 to " + MAX_LENGTH + " characters");
        }
        return stripped;
    }

    /**
     * A nickname without surrounding white space; empty when there is none.
     *
     * @throws ParleyException.Invalid when it is longer than {@link #MAX_LENGTH} or holds a
     *         control character
     */
    public static String nickname(String nickname) {
        return nickname == null ? "" : checked("A nickname", nickname);
    }

    private static String checked(String what, String text) {
        if (text == null) {
            throw new ParleyException.Invalid(what + " is required");
        }
        var stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw new ParleyException.Invalid(what + " is at most " + MAX_LENGTH + " characters");
        }
        if (stripped.codePoints().anyMatch(Texts::isControl)) {
            throw new ParleyException.Invalid(what + " may not hold control characters or line breaks");
        }
        return stripped;
    }

    private static boolean isControl(int codePoint) {
        var type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
