package org.parley.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;

import org.junit.jupiter.api.Test;

class OutboxTest {

    /** Sender turns queued and run by hand, so the test decides when writes happen. */
    private final Queue<Runnable> turns = new ArrayDeque<>();
    private final List<String> written = new ArrayList<>();
    private final List<Integer> closes = new ArrayList<>();
    private boolean open = true;
    private boolean failWrites;

    private final Session session = session();

    private Session session() {
        var basic = (RemoteEndpoint.Basic) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Basic.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 1) {
                        if (failWrites) {
                            throw new IOException("connection reset");
                        }
                        written.add((String) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBasicRemote" -> basic;
                    case "isOpen" -> open;
                    case "close" -> {
                        closes.add(((CloseReason) args[0]).getCloseCode().getCode());
                        open = false;
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private void runTurns() {
        for (int i = 0; i < 1000 && !turns.isEmpty(); i++) {
            turns.poll().run();
        }
    }

    @Test
    void messagesShouldBeWrittenInOrderOnASenderAndAfterSendActionsRunOnceWritten() {
        var outbox = new Outbox(session, 100, turns::add);
        var after = new ArrayList<String>();
        outbox.send("a");
        outbox.send("b", () -> after.add("b written, seen " + written));
        outbox.send("c");
        assertEquals(List.of(), written, "nothing is written on the caller's thread");
        assertEquals(1, turns.size(), "one turn queued for the connection, however many messages");
        runTurns();
        assertEquals(List.of("a", "b", "c"), written);
        assertEquals(List.of("b written, seen [a, b]"), after);
    }

    @Test
    void aBusyConnectionShouldGiveWayAfterATurn() {
        var outbox = new Outbox(session, 1000, turns::add);
        for (int i = 0; i < Outbox.TURN + 5; i++) {
            outbox.send("m" + i);
        }
        turns.poll().run();
        assertEquals(Outbox.TURN, written.size());
        assertEquals(1, turns.size(), "the rest waits for another turn");
        runTurns();
        assertEquals(Outbox.TURN + 5, written.size());
        assertEquals("m" + (Outbox.TURN + 4), written.get(written.size() - 1));
    }

    @Test
    void aClientThatFallsTooFarBehindShouldBeClosedOnASenderAndGetNothingMore() {
        var outbox = new Outbox(session, 3, turns::add);
        for (int i = 0; i < 4; i++) {
            outbox.send("m" + i);
        }
        assertEquals(List.of(), closes, "the caller never waits for the close");
        runTurns();
        assertEquals(List.of(Outbox.CLOSE_TOO_SLOW), closes);
        assertEquals(List.of(), written, "the queue was dropped");
        outbox.send("later");
        runTurns();
        assertEquals(List.of(), written);
    }

    @Test
    void aFailedWriteShouldDropTheRestAndStopWriting() {
        var outbox = new Outbox(session, 100, turns::add);
        failWrites = true;
        outbox.send("a");
        outbox.send("b");
        runTurns();
        failWrites = false;
        outbox.send("c");
        runTurns();
        assertEquals(List.of(), written);
        assertTrue(turns.isEmpty());
    }

    @Test
    void aCloseShouldFollowWhatWasQueuedBeforeItAndNothingAfter() {
        var outbox = new Outbox(session, 100, turns::add);
        outbox.send("error: refused");
        outbox.close(new CloseReason(() -> 4403, "Refused"));
        outbox.send("too late");
        assertEquals(List.of(), closes, "the close waits for its turn");
        runTurns();
        assertEquals(List.of("error: refused"), written);
        assertEquals(List.of(4403), closes);
    }
}
