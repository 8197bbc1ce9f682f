package org.parley.chat.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds a file's type from its content, never from what the client claims: PNG, JPEG, GIF and
 * PDF by their magic bytes; plain text when the whole file is valid UTF-8 without control
 * characters other than tab, line feed, form feed and carriage return.
 */
public final class MediaSniffer {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int BUFFER = 8192;

    private MediaSniffer() {
    }

    /** The media type of the file, or empty when it is none of the known types. */
    public static Optional<String> sniff(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG.length);
        }
        if (startsWith(head, PNG)) {
            return Optional.of("image/png");
        } else if (startsWith(head, JPEG)) {
            return Optional.of("image/jpeg");
        } else if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
            return Optional.of("image/gif");
        } else if (startsWith(head, PDF)) {
            return Optional.of("application/pdf");
        }
        try (var in = Files.newInputStream(file)) {
            return head.length > 0 && isPlainText(in) ? Optional.of("text/plain") : Optional.empty();
        }
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Whether the stream is UTF-8 text without unexpected control characters. */
    static boolean isPlainText(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var bytes = ByteBuffer.allocate(BUFFER);
        var chars = CharBuffer.allocate(BUFFER);
        var chunk = new byte[BUFFER];
        int n;
        while ((n = in.read(chunk, 0, bytes.remaining())) != -1) {
            bytes.put(chunk, 0, n).flip();
            if (decoder.decode(bytes, chars, false).isError() || !printable(chars.flip())) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        bytes.flip();
        try {
            var rest = decoder.decode(bytes, chars, true);
            return !rest.isError() && !decoder.flush(chars).isError() && printable(chars.flip());
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static boolean printable(CharBuffer chars) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == 0x7f || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                return false;
            }
        }
        return true;
    }
}
