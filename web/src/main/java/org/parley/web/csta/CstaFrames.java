package org.parley.web.csta;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The framing of CSTA XML on TCP: every message is preceded by an 8-byte header, two bytes
 * 0x00 0x00, the length of the whole frame (header included) as an unsigned 16-bit big-endian
 * number, and the invoke id as four ASCII digits ({@code 0000}-{@code 9999}); a response
 * carries its request's invoke id. Stateless; thread-safe.
 */
final class CstaFrames {

    static final int HEADER = 8;

    /** One frame read: its invoke id and its XML. */
    record Frame(String invokeId, byte[] xml) {
    }

    /** A header that cannot be a frame: the stream cannot be followed any further. */
    static final class FramingError extends IOException {

        private static final long serialVersionUID = 1L;

        FramingError(String message) {
            super(message);
        }
    }

    private CstaFrames() {
    }

    /** The next frame, or null when the peer closed the connection between frames. */
    static Frame read(InputStream in, int maxBytes) throws IOException {
        var header = new byte[HEADER];
        int got = in.readNBytes(header, 0, HEADER);
        if (got == 0) {
            return null;
        }
        if (got < HEADER) {
            throw new EOFException("connection closed inside a frame header");
        }
        if (header[0] != 0 || header[1] != 0) {
            throw new FramingError("a frame starts with 0x0000");
        }
        int length = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        if (length <= HEADER || length - HEADER > maxBytes) {
            throw new FramingError("a frame's XML is 1 to " + maxBytes + " bytes, not " + (length - HEADER));
        }
        var invokeId = new String(header, 4, 4, StandardCharsets.US_ASCII);
        if (!invokeId.matches("[0-9]{4}")) {
            throw new FramingError("an invoke id is four digits");
        }
        var xml = in.readNBytes(length - HEADER);
        if (xml.length < length - HEADER) {
            throw new EOFException("connection closed inside a frame");
        }
        return new Frame(invokeId, xml);
    }

    /** The frame of {@code xml} with {@code invokeId}. */
    static byte[] frame(String invokeId, String xml) {
        var body = xml.getBytes(StandardCharsets.UTF_8);
        int length = HEADER + body.length;
        if (length > 0xffff) {
            throw new IllegalArgumentException("a CSTA frame holds at most 65,535 bytes");
        }
        var frame = new byte[length];
        frame[2] = (byte) (length >>> 8);
        frame[3] = (byte) length;
        System.arraycopy(invokeId.getBytes(StandardCharsets.US_ASCII), 0, frame, 4, 4);
        System.arraycopy(body, 0, frame, HEADER, body.length);
        return frame;
    }
}
