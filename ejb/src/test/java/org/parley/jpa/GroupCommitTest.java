package org.parley.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

class GroupCommitTest {

    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(1);
    private volatile boolean holdFirst;
    private GroupCommit<String, List<String>, String> writer;

    /** Stores upper-cased changes; "bad" fails its batch; the first batch may be held back. */
    private final GroupCommit.Writes<String, List<String>, String> writes = new GroupCommit.Writes<>() {
        @Override
        public List<String> store(List<String> changes) {
            if (holdFirst && batches.isEmpty() && entered.getCount() > 0) {
                entered.countDown();
                await(release);
            }
            if (changes.contains("bad")) {
                throw new ParleyException.Invalid("bad change");
            }
            batches.add(List.copyOf(changes));
            return changes.stream().map(String::toUpperCase).toList();
        }

        @Override
        public String resultOf(List<String> stored, int index) {
            return stored.get(index);
        }
    };

    private void start(int capacity) {
        writer = new GroupCommit<>(writes, new GroupCommit.Limits("test change", 10, capacity, Duration.ofSeconds(10)),
                Thread::new);
    }

    @AfterEach
    void stop() {
        release.countDown();
        writer.stop();
    }

    @Test
    void changesQueuedWhileABatchIsStoredShouldBeStoredTogether() throws Exception {
        holdFirst = true;
        start(100);
        var first = writer.submit("a");
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        var rest = List.of("b", "c", "d").stream().map(writer::submit).toList();
        release.countDown();
        assertEquals("A", first.get(5, TimeUnit.SECONDS));
        for (var f : rest) {
            f.get(5, TimeUnit.SECONDS);
        }
        assertEquals(List.of(List.of("a"), List.of("b", "c", "d")), batches);
    }

    @Test
    void aBadChangeShouldFailAloneWhenItsBatchFails() throws Exception {
        holdFirst = true;
        start(100);
        var first = writer.submit("a");
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        var good = writer.submit("b");
        var bad = writer.submit("bad");
        var alsoGood = writer.submit("c");
        release.countDown();
        assertEquals("A", first.get(5, TimeUnit.SECONDS));
        assertEquals("B", good.get(5, TimeUnit.SECONDS));
        assertEquals("C", alsoGood.get(5, TimeUnit.SECONDS));
        var e = assertThrows(ParleyException.Invalid.class, () -> writer.apply("bad"));
        assertEquals("bad change", e.getMessage());
        assertTrue(bad.isCompletedExceptionally());
    }

    @Test
    void aFullQueueShouldRefuseWithUnavailable() throws Exception {
        holdFirst = true;
        start(2);
        writer.submit("a");
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        writer.submit("b");
        writer.submit("c");
        assertThrows(ParleyException.Unavailable.class, () -> writer.submit("d"));
    }

    @Test
    void applyAllShouldAnswerEachChangeInOrder() {
        start(100);
        assertEquals(List.of("X", "Y", "Z"), writer.applyAll(List.of("x", "y", "z")));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
