package org.parley.telephony.internal;

import java.util.HexFormat;

import org.parley.telephony.DigestAlgorithm;

/** The id of a binding: the same for the same user and contact on every server, 40 hex digits. */
final class BindingIds {

    private BindingIds() {
    }

    static String of(String user, String contact) {
        return DigestAlgorithm.SHA_256.hex(user + "\n" + contact).substring(0, 40);
    }

    static boolean looksValid(String id) {
        return id != null && id.length() == 40 && id.chars().allMatch(c -> HexFormat.isHexDigit(c));
    }
}
