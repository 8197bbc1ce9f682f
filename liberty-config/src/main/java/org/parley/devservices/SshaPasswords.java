package org.parley.devservices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Random;

/**
 * Encodes passwords as {@code {SSHA}} values: base64 of SHA-1(password + salt) followed by the salt,
 * with an {@value #SALT_BYTES}-byte salt drawn from a seeded random source so that output repeats exactly.
 */
final class SshaPasswords {

    static final String PREFIX = "{SSHA}";
    static final int SALT_BYTES = 8;

    private final Random salts;
    private final MessageDigest sha1;

    SshaPasswords(Random salts) {
        this.salts = salts;
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    String encode(String password) {
        var salt = new byte[SALT_BYTES];
        salts.nextBytes(salt);
        return encode(password, salt);
    }

    String encode(String password, byte[] salt) {
        sha1.reset();
        sha1.update(password.getBytes(StandardCharsets.UTF_8));
        sha1.update(salt);
        var digest = sha1.digest();
        var value = new byte[digest.length + salt.length];
        System.arraycopy(digest, 0, value, 0, digest.length);
        System.arraycopy(salt, 0, value, digest.length, salt.length);
        return PREFIX + Base64.getEncoder().encodeToString(value);
    }
}
