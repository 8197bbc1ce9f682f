package org.parley.directory.ldap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.parley.directory.PasswordCheck;

/**
 * Verifies a password by an LDAP bind as the person: the directory itself compares it with the
 * stored salted hash, exactly as every other client of the directory is checked. The person's
 * DN comes from the directory's cache, so a sign-in costs one bind when the person is known.
 */
public final class LdapPasswordCheck implements PasswordCheck {

    private final LdapDirectory directory;

    public LdapPasswordCheck(LdapDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<String> verify(String uid, char[] password) {
        if (password == null || password.length == 0) {
            return Optional.empty(); // an empty password would be an anonymous bind, which always succeeds
        }
        var person = directory.entry(uid);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        var bytes = utf8(password);
        try {
            return directory.bind(person.get().dn(), bytes) ? Optional.of(person.get().card().uid()) : Optional.empty();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        var bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }
}
