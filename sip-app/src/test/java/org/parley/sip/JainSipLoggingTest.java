package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import javax.sip.ListeningPoint;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stack logs through java.util.logging, needs no log4j, and says nothing at the default level. */
@Timeout(60)
class JainSipLoggingTest {

    @Test
    void log4jShouldBeAbsentSoTheStackRunsOnTheJulLoggersAlone() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.log4j.Logger"));
    }

    @Test
    void messageTraceShouldReachJulWhenTheStackLoggerIsAtFine() throws Exception {
        try (var stack = LogCapture.of("org.parley.sip.stack", Level.FINE);
                var messages = LogCapture.of("org.parley.sip.messages", Level.FINE)) {
            assertEquals(Response.OK, optionsRoundTrip());

            assertTrue(messages.messagesAtOrAbove(Level.FINE).stream()
                    .anyMatch(m -> m.contains("received") && m.contains("OPTIONS sip:parley@")), "no trace");
            assertTrue(!stack.records().isEmpty(), "no stack log");
        }
    }

    @Test
    void stackShouldLogNothingAtTheDefaultLevelDuringNormalTraffic() throws Exception {
        try (var all = LogCapture.of("org.parley.sip")) {
            assertEquals(Response.OK, optionsRoundTrip());

            assertEquals(List.of(), all.messagesAtOrAbove(Level.INFO));
        }
    }

    private static int optionsRoundTrip() throws Exception {
        int port = TestPorts.freeUdpAndTcpPort();
        var edge = new SipEdge(new SipEdgeConfig(TestPorts.LOOPBACK, port, Set.of("udp"), "logging-" + port));
        edge.start();
        try (var client = new SipTestClient()) {
            return client.send(Request.OPTIONS, port, ListeningPoint.UDP).getStatusCode();
        } finally {
            edge.stop();
        }
    }
}
