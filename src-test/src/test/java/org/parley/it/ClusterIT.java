package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Two Liberty servers on one broker and one database: people connected to different servers
 * see each other's presence and chat with each other, and a server that dies leaves no ghosts.
 */
class ClusterIT {

    private static final Server SECOND = new Server(Integer.getInteger("parley.it.secondHttpPort", 19280));
    private static final String SECOND_NAME = System.getProperty("parley.it.secondServer", "parley-second");

    @Test
    void presenceShouldReachWatchersOnTheOtherServerBothWays() {
        try (var bob = Sockets.connect(Server.MAIN, "bob"); var carol = Sockets.connect(SECOND, "carol")) {
            carol.send("{\"type\":\"watch\",\"users\":[\"bob\"]}");
            var fromMain = "on server one " + UUID.randomUUID();
            bob.send("{\"type\":\"status\",\"status\":\"dnd\",\"message\":\"" + fromMain + "\"}");
            assertEquals("dnd", carol.nextPresence("bob", fromMain).getString("status"));

            bob.send("{\"type\":\"watch\",\"users\":[\"carol\"]}");
            var fromSecond = "on server two " + UUID.randomUUID();
            carol.send("{\"type\":\"status\",\"status\":\"in-meeting\",\"message\":\"" + fromSecond + "\"}");
            assertEquals("in-meeting", bob.nextPresence("carol", fromSecond).getString("status"));
        }
    }

    @Test
    void chatShouldReachTheRecipientOnTheOtherServerBothWays() {
        try (var onMain = Sockets.connect(Server.MAIN, "jgarcia"); var onSecond = Sockets.connect(SECOND, "mrossi")) {
            var hello = Chat.unique("across servers");
            onMain.send("{\"type\":\"send\",\"to\":\"mrossi\",\"body\":" + Chat.quote(hello) + "}");
            var conversation = onMain.next("sent").getString("conversation");
            assertEquals("jgarcia", Chat.nextMessage(onSecond, conversation, hello).getString("sender"));

            var answer = Chat.unique("and back");
            onSecond.send("{\"type\":\"send\",\"conversation\":\"" + conversation + "\",\"body\":" + Chat.quote(answer) + "}");
            assertEquals("mrossi", Chat.nextMessage(onMain, conversation, answer).getString("sender"));
        }
    }

    @Test
    void personOnBothServersShouldStayOnlineUntilBothConnectionsClose() {
        try (var erin = Sockets.connect(Server.MAIN, "erin")) {
            var onMain = Sockets.connect(Server.MAIN, "dave");
            var onSecond = Sockets.connect(SECOND, "dave");
            var message = "both servers " + UUID.randomUUID();
            onMain.send("{\"type\":\"status\",\"status\":\"dnd\",\"message\":\"" + message + "\"}");
            erin.send("{\"type\":\"watch\",\"users\":[\"dave\"]}");
            erin.nextPresence("dave", message);
            onMain.close();
            assertEquals("dnd", Server.json(SECOND.get("erin", "/api/v1/presence/dave")).getString("status"));
            onSecond.close();
            erin.nextPresenceWithStatus("dave", "offline");
        }
    }

    @Test
    void serverThatDiesShouldLeaveNoGhosts() throws Exception {
        try (var erin = Sockets.connect(Server.MAIN, "erin")) {
            var carol = Sockets.connect(SECOND, "carol");
            var message = "about to lose my server " + UUID.randomUUID();
            carol.send("{\"type\":\"status\",\"status\":\"in-meeting\",\"message\":\"" + message + "\"}");
            erin.send("{\"type\":\"watch\",\"users\":[\"carol\"]}");
            erin.nextPresence("carol", message);

            ServerProcess.kill(SECOND_NAME);
            // No goodbye from carol's connection: server one notices the silence and removes it.
            erin.nextPresenceWithStatus("carol", "offline", 60);
        } finally {
            ServerProcess.run("start", SECOND_NAME);
            ServerProcess.awaitReady(SECOND);
        }
    }
}
