package org.parley.sip.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.sip.dialog.DialogLeg.State;

class CallLegsTest {

    private final CallLegs legs = new CallLegs();
    private final List<CallLegs.Call> heard = new ArrayList<>();

    CallLegsTest() {
        legs.listen(heard::add);
    }

    @Test
    void aCallShouldGoFromTryingThroughEarlyToConfirmedWithBothPartiesLegs() {
        legs.trying("c1", "bob", "tb", "carol");
        legs.early("c1", "tc");
        legs.confirmed("c1", "tc");
        assertEquals(List.of(State.TRYING, State.EARLY, State.CONFIRMED), heard.stream().map(CallLegs.Call::state).toList());
        var call = legs.of("carol").get(0);
        assertEquals(List.of("bob", "carol"), call.parties());
        var bobs = call.legOf("bob", "sip:bob@h", "sip:carol@h");
        assertTrue(bobs.initiator());
        assertEquals("tb", bobs.localTag());
        assertEquals("tc", bobs.remoteTag());
        var carols = call.legOf("carol", "sip:carol@h", "");
        assertEquals(false, carols.initiator());
        assertEquals("tc", carols.localTag());
        assertEquals("tb", carols.remoteTag());
        assertEquals("", carols.remote());
        assertTrue(!bobs.id().equals(carols.id()), "each leg its own id");
        assertEquals(List.of(call), legs.of("bob"));
        assertEquals(List.of(), legs.of("dave"));
    }

    @Test
    void aByeShouldTerminateTheCallAsLocalByeForWhoSentItAndRemoteByeForTheOther() {
        legs.trying("c1", "bob", "tb", "carol");
        legs.confirmed("c1", "tc");
        legs.hungUp("c1", "carol");
        var last = heard.get(heard.size() - 1);
        assertEquals(State.TERMINATED, last.state());
        assertEquals("local-bye", last.legOf("carol", "", "").event());
        assertEquals("remote-bye", last.legOf("bob", "", "").event());
        assertEquals(List.of(), legs.of("bob"), "an ended call is forgotten");
    }

    @Test
    void anUnansweredCallShouldTerminateWithItsReasonOnceAndLaterReportsChangeNothing() {
        legs.trying("c1", "bob", "tb", "carol");
        legs.failed("c1", "cancelled");
        legs.failed("c1", "rejected");
        legs.confirmed("c1", "tc");
        legs.hungUp("c1", null);
        assertEquals(2, heard.size(), "trying, then one terminated: " + heard);
        assertEquals("cancelled", heard.get(1).legOf("bob", "", "").event());
    }

    @Test
    void aCallThatTimedOutShouldSaySo() {
        legs.trying("c1", "bob", "tb", "carol");
        legs.confirmed("c1", "tc");
        legs.confirmed("c1", "tc");
        legs.hungUp("c1", null);
        assertEquals(3, heard.size(), "a second 2xx changes nothing");
        assertEquals("timeout", heard.get(2).legOf("carol", "", "").event());
    }

    @Test
    void aFailingListenerShouldNotKeepTheOthersFromHearing() {
        var other = new CallLegs();
        var got = new ArrayList<CallLegs.Call>();
        other.listen(c -> {
            throw new IllegalStateException("broken");
        });
        other.listen(got::add);
        other.trying("c1", "bob", "tb", "carol");
        assertEquals(1, got.size());
    }
}
