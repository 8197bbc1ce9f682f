package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Screen-sharing signalling: Parley relays WebRTC offers, answers and ICE candidates to one
 * participant, across servers, and only someone with the share-screen permission may offer.
 */
class MeetingSignallingIT {

    private static final Server SECOND = new Server(Integer.getInteger("parley.it.secondHttpPort", 19280));

    @Test
    void signalsShouldReachTheirOneRecipientAndOffersShouldNeedTheSharePermission() {
        var meeting = Meetings.instant("alice", "bob", "carol").getString("id");
        try (var alice = Meetings.join(Server.MAIN, "alice", meeting);
             var bob = Meetings.join(SECOND, "bob", meeting);
             var carol = Meetings.join(Server.MAIN, "carol", meeting)) {
            alice.send("{\"type\":\"share\",\"on\":true}");
            assertEquals("alice", bob.next("share").getString("by"));
            alice.send("{\"type\":\"signal\",\"to\":\"bob\",\"kind\":\"offer\",\"data\":\"{\\\"sdp\\\":\\\"v=0\\\"}\"}");
            var offer = bob.next("signal");
            assertEquals("alice", offer.getString("from"));
            assertEquals("offer", offer.getString("kind"));
            assertEquals("{\"sdp\":\"v=0\"}", offer.getString("data"));
            assertEquals(true, carol.socket().quietFor(m -> "signal".equals(m.getString("type")), 1),
                    "a signal goes to its recipient only");

            bob.send("{\"type\":\"signal\",\"to\":\"alice\",\"kind\":\"answer\",\"data\":\"answer-sdp\"}");
            assertEquals("answer-sdp", alice.next("signal").getString("data"));
            bob.send("{\"type\":\"signal\",\"to\":\"alice\",\"kind\":\"ice\",\"data\":\"candidate\"}");
            assertEquals("ice", alice.next("signal").getString("kind"));

            bob.send("{\"type\":\"signal\",\"to\":\"carol\",\"kind\":\"offer\",\"data\":\"x\"}");
            assertEquals(403, bob.error("signal").getJsonObject("problem").getInt("status"));
            bob.send("{\"type\":\"share\",\"on\":true}");
            assertEquals(403, bob.error("share").getJsonObject("problem").getInt("status"));
            alice.send("{\"type\":\"signal\",\"to\":\"nobody\",\"kind\":\"offer\",\"data\":\"x\"}");
            assertEquals(404, alice.error("signal").getJsonObject("problem").getInt("status"));
            alice.send("{\"type\":\"signal\",\"to\":\"bob\",\"kind\":\"bye\",\"data\":\"x\"}");
            assertEquals(400, alice.error("signal").getJsonObject("problem").getInt("status"));

            carol.send("{\"type\":\"mute\",\"participant\":\"carol\",\"muted\":false}");
            assertEquals(false, alice.next("muted").getBoolean("muted"));
            alice.send("{\"type\":\"grant\",\"participant\":\"carol\",\"permission\":\"unmute\",\"allowed\":false}");
            carol.next("permission");
            carol.send("{\"type\":\"mute\",\"participant\":\"carol\",\"muted\":true}");
            carol.next("muted");
            carol.send("{\"type\":\"mute\",\"participant\":\"carol\",\"muted\":false}");
            assertEquals(403, carol.error("mute").getJsonObject("problem").getInt("status"));
        }
    }
}
