package org.parley.sip.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aLegParleyPlacesShouldBeOnlyThePhonesUsersAsRecipientWithWhomItConnectsThemAsRemote() {
        legs.placed("p1", CallLegs.Origin.PLACED, "carol", "parley", "bob");
        legs.early("p1", "tb");
        legs.confirmed("p1", "tb");
        var call = legs.of("bob").get(0);
        assertEquals(List.of("bob"), call.parties(), "carol's own phone is on another leg");
        assertEquals(List.of(), legs.of("carol"), "carol's watchers do not see bob's leg");
        assertEquals("carol", call.otherThan("bob"));
        assertFalse(call.remoteIsConference(), "a person: their lists decide");
        var bobs = call.legOf("bob", "sip:bob@h", "sip:carol@h");
        assertFalse(bobs.initiator(), "Parley's INVITE rang bob's phone");
        assertEquals(State.CONFIRMED, bobs.state());
        assertEquals("tb", bobs.localTag());
        assertEquals("parley", bobs.remoteTag());
        legs.hungUp("p1", "carol");
        assertEquals("remote-bye", heard.get(heard.size() - 1).legOf("bob", "", "").event(), "Parley hung up bob's phone");
        assertEquals(List.of(), legs.of("bob"));
    }

    @Test
    void aConferenceLegShouldShowTheConferenceAndItsDirection() {
        legs.placed("o1", CallLegs.Origin.CONFERENCE_OUT, "conf-42", "focus", "bob");
        legs.failed("o1", "cancelled");
        var rung = heard.get(heard.size() - 1);
        assertEquals(List.of("bob"), rung.parties());
        assertTrue(rung.remoteIsConference());
        assertFalse(rung.legOf("bob", "", "").initiator());
        assertEquals("cancelled", rung.legOf("bob", "", "").event());

        legs.dialledIn("i1", "carol", "tc", "conf-42", "focus");
        var dialled = legs.of("carol").get(0);
        assertEquals(State.CONFIRMED, dialled.state(), "a dial-in is answered at once");
        assertEquals(List.of("carol"), dialled.parties());
        assertEquals(List.of(), legs.of("conf-42"), "the conference is not a party");
        var carols = dialled.legOf("carol", "", "");
        assertTrue(carols.initiator(), "carol's phone sent the INVITE");
        assertEquals("tc", carols.localTag());
        assertEquals("focus", carols.remoteTag());
        legs.hungUp("i1", "carol");
        assertEquals("local-bye", heard.get(heard.size() - 1).legOf("carol", "", "").event());
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
