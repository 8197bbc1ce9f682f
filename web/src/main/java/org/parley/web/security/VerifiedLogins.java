package org.parley.web.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials the directory accepted lately, so that a program repeating HTTP Basic on every
 * call is not a bind per call. Only a keyed hash of the password is kept (the key is random
 * and lives only in this process), never the password. Bounded: emptied when full.
 * Thread safety: a concurrent map; a Mac per call.
 */
final class VerifiedLogins {

    private record Verified(String uid, byte[] digest, long atMillis) {
    }

    private static final String HMAC = "HmacSHA256";

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final int capacity;

    VerifiedLogins(int capacity) {
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.capacity = capacity;
    }

    /** The uid the directory accepted these credentials for, when that was at most {@code maxAgeMillis} ago. */
    String recall(String user, char[] password, long maxAgeMillis, long nowMillis) {
        var entry = verified.get(user);
        if (entry == null || nowMillis - entry.atMillis() > maxAgeMillis) {
            return null;
        }
        return MessageDigest.isEqual(entry.digest(), digest(user, password)) ? entry.uid() : null;
    }

    void remember(String user, char[] password, String uid, long nowMillis) {
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(user, new Verified(uid, digest(user, password), nowMillis));
    }

    void forget(String user) {
        verified.remove(user);
    }

    private byte[] digest(String user, char[] password) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + HMAC, e);
        }
    }
}
