package org.parley.chat.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The id of the one-to-one conversation of two people: the same whoever of them asks. */
public final class DirectIds {

    private static final int HEX_CHARS = 40;

    private DirectIds() {
    }

    public static String of(String a, String b) {
        var first = a.compareTo(b) <= 0 ? a : b;
        var second = first.equals(a) ? b : a;
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((first + '\u0000' + second).getBytes(StandardCharsets.UTF_8));
            return "d-" + HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
