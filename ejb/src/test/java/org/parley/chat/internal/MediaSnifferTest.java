package org.parley.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaSnifferTest {

    @TempDir
    Path dir;

    @Test
    void knownMagicBytesShouldGiveTheirTypes() throws IOException {
        assertEquals(Optional.of("image/png"), sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}));
        assertEquals(Optional.of("image/jpeg"), sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
        assertEquals(Optional.of("image/gif"), sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("image/gif"), sniff("GIF87a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("application/pdf"), sniff("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void utf8TextShouldBePlainText() throws IOException {
        assertEquals(Optional.of("text/plain"), sniff("Grüße, 你好\r\n\ttabbed\f".getBytes(StandardCharsets.UTF_8)));
        var big = "x".repeat(20_000) + "é" + "y".repeat(20_000);
        assertEquals(Optional.of("text/plain"), sniff(big.getBytes(StandardCharsets.UTF_8)), "a character across buffers");
    }

    @Test
    void binaryOrDisguisedContentShouldBeUnknown() throws IOException {
        assertEquals(Optional.empty(), sniff(new byte[] {'M', 'Z', (byte) 0x90, 0, 3}));
        assertEquals(Optional.empty(), sniff("text with a NUL\0inside".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), sniff(new byte[] {'a', (byte) 0xc3}), "truncated UTF-8");
        assertEquals(Optional.empty(), sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G'}), "a PNG signature cut short");
        assertEquals(Optional.empty(), sniff(new byte[0]));
    }

    private Optional<String> sniff(byte[] content) throws IOException {
        var file = Files.write(dir.resolve("f" + System.nanoTime()), content);
        return MediaSniffer.sniff(file);
    }
}
