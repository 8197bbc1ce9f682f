package org.parley.telephony.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.parley.telephony.CallState;
import org.parley.telephony.CallView;

class HeldCallTest {

    private static HeldCall ringing() {
        return HeldCall.started("alice", new CallView("c1", "bob", "device", CallState.RINGING, ""));
    }

    @Test
    void startedShouldBeTheFirstChange() {
        assertEquals(1, ringing().seq());
    }

    @Test
    void eachChangeShouldTakeTheNextNumber() {
        var connected = ringing().advance(CallState.CALLING, null).advance(CallState.CONNECTED, "");
        assertEquals(3, connected.seq());
        assertEquals(CallState.CONNECTED, connected.view().state());
        assertEquals("alice", connected.user());
        assertEquals("bob", connected.view().to());
    }

    @Test
    void aCallThatIsOverShouldNotChangeNorTakeANumber() {
        var ended = ringing().advance(CallState.ENDED, "hung up");
        var again = ended.advance(CallState.CONNECTED, "");
        assertSame(ended, again);
        assertEquals(2, again.seq());
        assertEquals("hung up", again.view().reason());
    }
}
