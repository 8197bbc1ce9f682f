package org.parley.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DirectIdsTest {

    @Test
    void idShouldBeTheSameWhoeverAsks() {
        assertEquals(DirectIds.of("bob", "carol"), DirectIds.of("carol", "bob"));
        assertTrue(DirectIds.of("bob", "carol").matches("d-[0-9a-f]{40}"));
    }

    @Test
    void pairsThatConcatenateAlikeShouldDiffer() {
        assertNotEquals(DirectIds.of("a.b", "c"), DirectIds.of("a", "b.c"));
        assertNotEquals(DirectIds.of("ab", "c"), DirectIds.of("a", "bc"));
    }

    @Test
    void fileNamesShouldLosePathsAndControlCharacters() {
        assertEquals("passwd", FileVault.cleanName("../../etc/passwd"));
        assertEquals("evil.png", FileVault.cleanName("C:\\Users\\x\\evil.png"));
        assertEquals("ab.txt", FileVault.cleanName("a\u0000b\n.txt"));
        assertEquals("file", FileVault.cleanName(".."));
        assertEquals("file", FileVault.cleanName(null));
        assertEquals(255, FileVault.cleanName("x".repeat(300)).length());
    }
}
