package org.parley.telephony;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The digest algorithms of SIP authentication (RFC 3261 MD5, RFC 8760 SHA-256), with their wire names. */
public enum DigestAlgorithm {
    SHA_256("SHA-256", "SHA-256"),
    MD5("MD5", "MD5");

    private final String wireName;
    private final String jcaName;

    DigestAlgorithm(String wireName, String jcaName) {
        this.wireName = wireName;
        this.jcaName = jcaName;
    }

    /** The name in a WWW-Authenticate or Authorization header. */
    public String wireName() {
        return wireName;
    }

    /** The lower-case hex digest of the UTF-8 text, as digest authentication writes it. */
    public String hex(String text) {
        try {
            var digest = MessageDigest.getInstance(jcaName).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has " + jcaName, e);
        }
    }

    /** HA1 = H(username:realm:password) (RFC 2617 section 3.2.2.2). */
    public String ha1(String user, String realm, String password) {
        return hex(user + ":" + realm + ":" + password);
    }

    /**
     * The request-digest of RFC 2617 section 3.2.2.1 (RFC 8760 for SHA-256), the one computation
     * both sides of SIP digest share: {@code H(HA1:nonce:nc:cnonce:qop:HA2)} with qop, else
     * {@code H(HA1:nonce:HA2)} (RFC 2069, when {@code qop} is null), where HA2 = H(method:uri).
     */
    public String response(String ha1, String method, String uri, String nonce, String qop, String nc, String cnonce) {
        var ha2 = hex(method + ":" + uri);
        return qop == null ? hex(ha1 + ":" + nonce + ":" + ha2)
                : hex(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }

    /** The algorithm a header names; no name means MD5 (RFC 3261 section 22.4). */
    public static Optional<DigestAlgorithm> fromWire(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(MD5);
        }
        var wanted = name.strip().toUpperCase(Locale.ROOT);
        for (var a : values()) {
            if (a.wireName.equals(wanted)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
