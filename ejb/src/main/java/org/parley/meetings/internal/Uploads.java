package org.parley.meetings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.parley.error.ParleyException;
import org.parley.error.ParleyException.Limited.Limit;

/** Receiving a slide upload: bounded copy, type from the first bytes, a clean name. */
final class Uploads {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private Uploads() {
    }

    /** Copies at most {@code max} bytes; one byte more refuses the upload (and the caller deletes the file). */
    static long copyAtMost(InputStream in, Path target, long max) throws IOException {
        long total = 0;
        var buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new ParleyException.Limited(Limit.SIZE, "Slides are at most " + max + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new ParleyException.Invalid("The upload is empty");
        }
        return total;
    }

    /** PDF, or an image (PNG or JPEG), from the first bytes whatever the name or Content-Type say. */
    static SlideRenderer.Kind kind(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF)) {
            return SlideRenderer.Kind.PDF;
        }
        if (startsWith(head, PNG) || startsWith(head, JPEG)) {
            return SlideRenderer.Kind.IMAGE;
        }
        throw new ParleyException.Limited(Limit.TYPE, "Slides are a PDF, PNG or JPEG file; this is none of them");
    }

    static String cleanName(String name, SlideRenderer.Kind kind) {
        var n = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
        if (n.length() > 120) {
            n = n.substring(0, 120);
        }
        return n.isEmpty() ? (kind == SlideRenderer.Kind.PDF ? "slides.pdf" : "image") : n;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }
}
