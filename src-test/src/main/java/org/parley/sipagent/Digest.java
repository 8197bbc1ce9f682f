package org.parley.sipagent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The client side of SIP digest (RFC 3261 section 22.4, RFC 8760), qop=auth. */
final class Digest {

    private Digest() {
    }

    static String hex(String algorithm, String text) {
        var jca = algorithm.toUpperCase(Locale.ROOT).equals("SHA-256") ? "SHA-256" : "MD5";
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String response(String algorithm, String user, String realm, String password, String method, String uri,
            String nonce, String nc, String cnonce) {
        var ha1 = hex(algorithm, user + ":" + realm + ":" + password);
        var ha2 = hex(algorithm, method + ":" + uri);
        return hex(algorithm, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
    }
}
