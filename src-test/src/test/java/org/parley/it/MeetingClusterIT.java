package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One meeting shared by participants connected to different servers: its events travel over JMS. */
class MeetingClusterIT {

    private static final Server SECOND = new Server(Integer.getInteger("parley.it.secondHttpPort", 19280));

    @Test
    void participantsOnTwoServersShouldShareOneRoom() {
        var meeting = Meetings.instant("alice", "bob", "carol").getString("id");
        try (var alice = Meetings.join(Server.MAIN, "alice", meeting);
             var bob = Meetings.join(SECOND, "bob", meeting)) {
            assertEquals("bob", alice.next("joined").getString("participant"));
            var deck = Server.json(Meetings.upload("alice", meeting, "c.pdf", Meetings.pdf(2))).getString("deck");
            bob.next("deck");
            alice.send("{\"type\":\"page\",\"deck\":\"" + deck + "\",\"page\":2}");
            assertEquals(2, bob.next("page").getInt("page"));

            alice.send("{\"type\":\"role\",\"participant\":\"bob\",\"role\":\"presenter\"}");
            bob.next("role");
            bob.send("{\"type\":\"stroke\",\"kind\":\"ellipse\",\"points\":[10,10,90,90],\"color\":\"#123456\",\"width\":2}");
            assertEquals("bob", alice.next("stroke").getString("by"));
            bob.send("{\"type\":\"chat\",\"text\":\"from server two\"}");
            assertEquals("from server two", alice.next("chat").getString("text"));

            try (var carol = Meetings.join(SECOND, "carol", meeting)) {
                assertEquals(2, carol.joined().getInt("page"), "a latecomer on the other server lands on the page");
                assertEquals(1, carol.joined().getJsonArray("strokes").size());
                carol.send("{\"type\":\"stroke\",\"kind\":\"line\",\"points\":[0,0,5,5],\"color\":\"#000000\",\"width\":1}");
                assertEquals(403, carol.error("stroke").getJsonObject("problem").getInt("status"));
            }
        }
    }
}
