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
 * Digest nonces: the issue time and an HMAC of it under a key made at start, so no nonce is
 * stored when it is issued and challenges cost nothing; the counts used with correct answers
 * are remembered until the nonce is stale ({@link NonceCounts}), so an answer cannot be replayed. A nonce older than its lifetime is stale (the
 * phone retries with a new one without asking its user); one the key did not sign is invalid.
 * Thread-safe: a new {@link Mac} per call; the counts are a concurrent map.
 */
public final class Nonces {

    /** What a nonce is worth. */
    public enum Check { VALID, STALE, INVALID }

    private static final String HMAC = "HmacSHA256";
    private static final int MAC_HEX = 32;

    /** Remembered nonce uses beyond which stale ones are forgotten. */
    static final int PRUNE_ABOVE = 100_000;

    private final byte[] key = new byte[32];
    private final Duration lifetime;
    private final NonceCounts counts;

    public Nonces(Duration lifetime) {
        this.lifetime = lifetime;
        this.counts = new NonceCounts(lifetime, PRUNE_ABOVE);
        new SecureRandom().nextBytes(key);
    }

    /**
     * Records a correct {@code qop=auth} answer's nonce count for the nonce and client nonce;
     * false when that count was used with them before (a replayed answer) or is malformed. Call
     * only with a nonce {@link #check} found valid.
     */
    public boolean firstUse(String nonce, String cnonce, String nc, Instant now) {
        long issued = Long.parseLong(nonce.substring(0, nonce.indexOf('.')), 16);
        return counts.firstUse(nonce + "\n" + cnonce, issued, nc, now.toEpochMilli());
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
