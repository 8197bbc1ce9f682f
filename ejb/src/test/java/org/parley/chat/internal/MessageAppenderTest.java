package org.parley.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.chat.Conversation;
import org.parley.chat.ConversationKind;
import org.parley.chat.RichText;
import org.parley.events.UserEvent;

class MessageAppenderTest {

    private final InMemoryChatStores stores = new InMemoryChatStores();
    private final List<UserEvent> published = new ArrayList<>();
    private final MessageAppender appender = new MessageAppender(stores.conversationStore, stores.messageStore,
            published::add, Clock.fixed(Instant.parse("2026-11-24T10:00:00.123456Z"), ZoneOffset.UTC));

    @BeforeEach
    void conversation() {
        stores.conversationStore.create(new Conversation("g-1", ConversationKind.GROUP, "team", "bob", Instant.EPOCH, 0, "", 0),
                Set.of("bob", "carol", "dave"));
    }

    @Test
    void messagesShouldBeNumberedOneByOneWithNoGap() {
        for (int i = 1; i <= 5; i++) {
            var sent = appender.append(locked(), "bob", "c" + i, text("m" + i), null);
            assertEquals(i, sent.message().seq());
            assertFalse(sent.duplicate());
        }
        assertEquals(5, locked().lastSeq());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), stores.messageStore.after("g-1", 0, 10).stream().map(m -> m.seq()).toList());
    }

    @Test
    void retryWithTheSameClientIdShouldGiveBackTheStoredMessageAndPublishNothing() {
        var first = appender.append(locked(), "bob", "abc", text("hello"), null);
        var retry = appender.append(locked(), "bob", "abc", text("hello again"), null);
        assertTrue(retry.duplicate());
        assertEquals(first.message(), retry.message());
        assertEquals(1, locked().lastSeq());
        assertEquals(1, published.size());
    }

    @Test
    void sameClientIdFromAnotherSenderShouldBeAnotherMessage() {
        appender.append(locked(), "bob", "abc", text("from bob"), null);
        var carol = appender.append(locked(), "carol", "abc", text("from carol"), null);
        assertFalse(carol.duplicate());
        assertEquals(2, carol.message().seq());
    }

    @Test
    void messageShouldBePublishedToEveryMemberWithItsFields() {
        var sent = appender.append(locked(), "carol", null, text("<b>hi</b>"), null);
        var event = published.get(0);
        assertEquals("message", event.type());
        assertEquals(Set.of("bob", "carol", "dave"), event.recipients());
        assertEquals("g-1", event.body().getString("conversation"));
        assertEquals(1, event.body().getInt("seq"));
        assertEquals("carol", event.body().getString("sender"));
        assertEquals("2026-11-24T10:00:00.123Z", event.body().getString("sent"));
        assertEquals(sent.message().id(), event.body().getString("id"));
        assertFalse(event.body().containsKey("clientId"));
    }

    @Test
    void senderShouldHaveReadTheirOwnMessage() {
        appender.append(locked(), "carol", null, text("x"), null);
        var marks = stores.conversationStore.view("g-1", "carol").orElseThrow();
        assertEquals(1, marks.readSeq());
        assertEquals(1, marks.deliveredSeq());
        assertEquals(0, stores.conversationStore.view("g-1", "bob").orElseThrow().deliveredSeq());
        assertEquals(List.of("g-1"), stores.conversationStore.undelivered("bob").stream().map(b -> b.conversationId()).toList());
    }

    private Conversation locked() {
        return stores.conversationStore.lock("g-1").orElseThrow();
    }

    private static RichText text(String s) {
        return new RichText(s, s);
    }
}
