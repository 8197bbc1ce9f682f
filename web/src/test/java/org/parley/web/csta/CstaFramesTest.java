package org.parley.web.csta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CstaFramesTest {

    @Test
    void aFrameShouldCarryItsLengthWithTheHeaderAndTheInvokeId() throws Exception {
        var frame = CstaFrames.frame("0042", "<a/>");
        assertArrayEquals(new byte[] {0, 0, 0, 12, '0', '0', '4', '2', '<', 'a', '/', '>'}, frame);
        var in = new ByteArrayInputStream(concat(frame, CstaFrames.frame("0043", "<b/>")));
        var first = CstaFrames.read(in, 100);
        assertEquals("0042", first.invokeId());
        assertEquals("<a/>", new String(first.xml(), StandardCharsets.UTF_8));
        assertEquals("0043", CstaFrames.read(in, 100).invokeId());
        assertNull(CstaFrames.read(in, 100), "the end of the stream between frames");
    }

    @Test
    void aHeaderThatIsNotAFrameShouldBeAFramingError() {
        assertThrows(CstaFrames.FramingError.class, () -> read(new byte[] {1, 0, 0, 12, '0', '0', '0', '1', 'x', 'x', 'x', 'x'}, 100));
        assertThrows(CstaFrames.FramingError.class, () -> read(new byte[] {0, 0, 0, 8, '0', '0', '0', '1'}, 100), "no XML");
        assertThrows(CstaFrames.FramingError.class, () -> read(CstaFrames.frame("0001", "x".repeat(101)), 100), "too large");
        assertThrows(CstaFrames.FramingError.class, () -> read(new byte[] {0, 0, 0, 9, 'a', 'b', 'c', 'd', 'x'}, 100), "invoke id");
        assertThrows(EOFException.class, () -> read(new byte[] {0, 0, 0, 20, '0', '0', '0', '1', 'x'}, 100), "cut short");
    }

    private static void read(byte[] bytes, int max) throws Exception {
        CstaFrames.read(new ByteArrayInputStream(bytes), max);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
