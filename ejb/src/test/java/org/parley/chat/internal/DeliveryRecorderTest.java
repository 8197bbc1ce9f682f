package org.parley.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryRecorderTest {

    /** A writer that records what it was asked, writing nothing. */
    static final class RecordingWriter extends DeliveryWriter {
        final List<String> scheduled = new ArrayList<>();
        final List<String> written = new ArrayList<>();

        @Override
        public void writeLater(String user, String conversationId) {
            scheduled.add(user + "/" + conversationId);
        }

        @Override
        public void write(String user, String conversationId, long seq) {
            written.add(user + "/" + conversationId + "@" + seq);
        }
    }

    private final DeliveryRecorder recorder = new DeliveryRecorder();
    private final RecordingWriter writer = new RecordingWriter();

    @BeforeEach
    void wire() {
        recorder.writer = writer;
    }

    @Test
    void burstShouldScheduleOneWriteOfTheHighestMark() {
        recorder.add("bob", "d-1", 3);
        recorder.add("bob", "d-1", 5);
        recorder.add("bob", "d-1", 4);
        assertEquals(List.of("bob/d-1"), writer.scheduled);
        assertEquals(5L, recorder.pending("bob", "d-1"));
    }

    @Test
    void markRaisedWhileBeingWrittenShouldBeWrittenAgain() {
        recorder.add("bob", "d-1", 3);
        recorder.add("bob", "d-1", 6);
        recorder.written("bob", "d-1", 3);
        assertEquals(List.of("bob/d-1", "bob/d-1"), writer.scheduled);
        recorder.written("bob", "d-1", 6);
        assertNull(recorder.pending("bob", "d-1"));
        recorder.add("bob", "d-1", 7);
        assertEquals(3, writer.scheduled.size(), "a new burst schedules again");
    }

    @Test
    void flushShouldWriteOnlyThatUsersMarksAtOnce() {
        recorder.add("bob", "d-1", 2);
        recorder.add("bob", "g-2", 9);
        recorder.add("carol", "d-1", 4);
        recorder.flush("bob");
        assertEquals(List.of("bob/d-1@2", "bob/g-2@9"), writer.written.stream().sorted().toList());
        assertNull(recorder.pending("bob", "g-2"));
        assertEquals(4L, recorder.pending("carol", "d-1"));
    }
}
