package org.parley.sip.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sip.SipFactory;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;

class EventSubscriptionsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    static Request subscribe(String watcher, String user) throws Exception {
        var factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        var a = factory.createAddressFactory();
        var h = factory.createHeaderFactory();
        var m = factory.createMessageFactory();
        var request = m.createRequest(a.createURI("sip:" + user + "@127.0.0.1"), Request.SUBSCRIBE,
                h.createCallIdHeader(UUID.randomUUID() + "@127.0.0.1"), h.createCSeqHeader(1L, Request.SUBSCRIBE),
                h.createFromHeader(a.createAddress("sip:" + watcher + "@127.0.0.1"), "from-" + watcher),
                h.createToHeader(a.createAddress("sip:" + user + "@127.0.0.1"), null),
                List.of(h.createViaHeader("127.0.0.1", 5070, "udp", null)), h.createMaxForwardsHeader(70));
        request.addHeader(h.createContactHeader(a.createAddress("sip:" + watcher + "@127.0.0.1:5070")));
        var event = h.createEventHeader("dialog");
        event.setEventId("e1");
        request.addHeader(event);
        return request;
    }

    static EventSubscription subscription(String watcher, String user, Instant expires) throws Exception {
        return new EventSubscription(watcher, user, subscribe(watcher, user), expires);
    }

    @Test
    void aSubscriptionShouldTakeItsDialogFromTheSubscribe() throws Exception {
        var request = subscribe("bob", "carol");
        var s = new EventSubscription("bob", "carol", request, NOW);
        assertEquals("from-bob", s.remoteTag);
        assertEquals("sip:bob@127.0.0.1:5070", s.remoteTarget);
        assertEquals("e1", s.eventId);
        assertEquals("udp", s.transport.toLowerCase(java.util.Locale.ROOT));
        assertFalse(s.localTag.isEmpty(), "our own tag");
        assertEquals(1, s.nextCseq());
        assertEquals(2, s.nextCseq());
    }

    @Test
    void subscriptionsShouldBeFoundByDialogAndByResourceUntilRemoved() throws Exception {
        var registry = new EventSubscriptions<EventSubscription>(10);
        var s = subscription("bob", "carol", NOW.plusSeconds(60));
        assertTrue(registry.add(s));
        assertEquals(s, registry.find(s.callId, s.localTag).orElseThrow());
        assertEquals(List.of(s), registry.of("carol"));
        assertTrue(registry.find(s.callId, "other-tag").isEmpty());
        registry.remove(s);
        assertEquals(0, registry.size());
        assertEquals(List.of(), registry.of("carol"));
    }

    @Test
    void aWatcherShouldHoldNoMoreThanTheLimitAndGetRoomBackWhenOneEnds() throws Exception {
        var registry = new EventSubscriptions<EventSubscription>(2);
        var first = subscription("bob", "carol", NOW.plusSeconds(60));
        assertTrue(registry.add(first));
        assertTrue(registry.add(subscription("bob", "dave", NOW.plusSeconds(60))));
        assertFalse(registry.add(subscription("bob", "erin", NOW.plusSeconds(60))), "the third is refused");
        assertTrue(registry.add(subscription("alice", "erin", NOW.plusSeconds(60))), "another watcher has room");
        assertEquals(3, registry.size());
        registry.remove(first);
        assertTrue(registry.add(subscription("bob", "erin", NOW.plusSeconds(60))));
        assertThrows(IllegalArgumentException.class, () -> new EventSubscriptions<EventSubscription>(0));
    }

    @Test
    void expireShouldRemoveAndReturnOnlyThoseDue() throws Exception {
        var registry = new EventSubscriptions<EventSubscription>(10);
        var due = subscription("bob", "carol", NOW);
        var later = subscription("bob", "dave", NOW.plusSeconds(1));
        registry.add(due);
        registry.add(later);
        assertEquals(List.of(due), registry.expire(NOW));
        assertEquals(List.of(later), registry.of("dave"));
        assertEquals(List.of(), registry.of("carol"));
        assertTrue(registry.add(subscription("bob", "x", NOW.plusSeconds(9))));
        assertEquals(2, registry.size());
    }
}
