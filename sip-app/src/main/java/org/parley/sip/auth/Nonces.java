package org.parley.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless digest nonces: the issue time and an HMAC of it under a key made at start, so no nonce
 * is stored and any number of phones cost nothing. A nonce older than its lifetime is stale (the
 * phone retries with a new one without asking its user); one the key did not sign is invalid.
 * Thread-safe: a new {@link Mac} per call.
 */
public final class Nonces {

    /** What a nonce is worth. */
    public enum Check { VALID, STALE, INVALID }

    private static final String HMAC = "HmacSHA256";
    private static final int MAC_HEX = 32;

    private final byte[] key = new byte[32];
    private final Duration lifetime;

    public Nonces(Duration lifetime) {
        this.lifetime = lifetime;
        new SecureRandom().nextBytes(key);
    }

    public String issue(Instant now) {
        var time = Long.toHexString(now.toEpochMilli());
        return time + "." + mac(time);
    }

    public Check check(String nonce, Instant now) {
        if (nonce == null) {
            return Check.INVALID;
        }
        int dot = nonce.indexOf('.');
        if (dot < 1 || dot > 16) {
            return Check.INVALID;
        }
        var time = nonce.substring(0, dot);
        var expected = mac(time).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, nonce.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Check.INVALID;
        }
        long issued;
        try {
            issued = Long.parseLong(time, 16);
        } catch (NumberFormatException e) {
            return Check.INVALID;
        }
        return now.toEpochMilli() - issued > lifetime.toMillis() ? Check.STALE : Check.VALID;
    }

    private String mac(String text) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII))).substring(0, MAC_HEX);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + HMAC, e);
        }
    }
}
