package org.parley.devservices;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes LDIF (RFC 2849) entry by entry to a {@link Writer}, base64-encoding values that are not safe
 * strings (non-ASCII text, leading space, colon or less-than, trailing space). Lines are not folded.
 */
final class LdifWriter {

    private final Writer out;

    LdifWriter(Writer out) {
        this.out = out;
    }

    void comment(String text) throws IOException {
        out.write("# ");
        out.write(text);
        out.write('\n');
    }

    /**
     * Ends the opening block of comments. There is no {@code version: 1} line: OpenLDAP's slapadd
     * rejects it, and the version line is optional.
     */
    void endComments() throws IOException {
        out.write('\n');
    }

    void dn(String dn) throws IOException {
        attribute("dn", dn);
    }

    void attribute(String name, String value) throws IOException {
        out.write(name);
        if (isSafe(value)) {
            out.write(": ");
            out.write(value);
        } else {
            out.write(":: ");
            out.write(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        }
        out.write('\n');
    }

    /** A binary value, always base64. */
    void attribute(String name, byte[] value) throws IOException {
        out.write(name);
        out.write(":: ");
        out.write(Base64.getEncoder().encodeToString(value));
        out.write('\n');
    }

    void endEntry() throws IOException {
        out.write('\n');
    }

    static boolean isSafe(String value) {
        if (value.isEmpty()) {
            return true;
        }
        char first = value.charAt(0);
        if (first == ' ' || first == ':' || first == '<' || value.charAt(value.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c == '\n' || c == '\r' || c > 127) {
                return false;
            }
        }
        return true;
    }
}
