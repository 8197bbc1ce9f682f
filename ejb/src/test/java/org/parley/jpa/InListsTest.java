package org.parley.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void chunksShouldHoldEveryIdOnceInOrderPaddedToPowersOfTwoWithTheirLastId() {
        var ids = IntStream.range(0, 300).boxed().toList();
        var chunks = InLists.chunks(ids);
        assertEquals(List.of(128, 128, 64), chunks.stream().map(List::size).toList());
        assertEquals(ids.subList(0, 128), chunks.get(0));
        assertEquals(ids.subList(256, 300), chunks.get(2).subList(0, 44));
        assertEquals(List.of(299), new HashSet<>(chunks.get(2).subList(44, 64)).stream().toList());
    }

    @Test
    void aRepeatedIdShouldBeAskedForOnceAndSmallListsPaddedToTheNextPowerOfTwo() {
        assertEquals(List.of(List.of("a")), InLists.chunks(List.of("a", "a")));
        assertEquals(List.of(List.of("a", "b", "c", "c")), InLists.chunks(List.of("a", "b", "c")));
        assertEquals(List.of(), InLists.chunks(List.of()));
    }
}
