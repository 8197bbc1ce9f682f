package org.parley.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.parley.directory.UserIds;
import org.parley.error.ParleyException;

/**
 * Short-lived tokens that let a presence widget on another site open a WebSocket as its user:
 * {@code base64url(user "|" expiry-epoch-seconds) "." base64url(HMAC-SHA256)}. A token names
 * only its user and when it ends; it cannot be forged without the key and is refused after it
 * ends. Thread safety: immutable (a new Mac per call).
 */
public final class LinkTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HmacSHA256";
    /** Longer strings are not tokens. */
    private static final int MAX_CHARS = 512;

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    public LinkTokens(byte[] key, Duration lifetime, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The token key needs at least 32 bytes");
        }
        this.key = key.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A token for this user, valid for the lifetime from now. */
    public String issue(String user) {
        var body = user + "|" + clock.instant().plus(lifetime).getEpochSecond();
        var encoded = ENCODE.encodeToString(body.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODE.encodeToString(sign(encoded));
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** The token's user when the token is genuine and has not ended; empty otherwise. */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > MAX_CHARS) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        var encoded = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(encoded), DECODE.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            var body = new String(DECODE.decode(encoded), StandardCharsets.UTF_8);
            int bar = body.lastIndexOf('|');
            var user = body.substring(0, Math.max(bar, 0));
            if (bar <= 0 || Long.parseLong(body.substring(bar + 1)) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(UserIds.requireValid(user));
        } catch (IllegalArgumentException | ParleyException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String encoded) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(encoded.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
