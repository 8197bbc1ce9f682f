package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The startup bean outside a container: configuration comes in through the test constructor. */
@Timeout(60)
class SipEdgeLifecycleTest {

    private static final String LOGGER = SipEdgeLifecycle.class.getName();

    @Test
    void startShouldBindTheEdgeAndLogOneInfoLineWithTheAddress() {
        var port = TestPorts.freeUdpAndTcpPort();
        var lifecycle = new SipEdgeLifecycle(true, "127.0.0.1", Integer.toString(port), "udp,tcp");
        try (var log = LogCapture.of(LOGGER)) {
            lifecycle.start();

            assertTrue(lifecycle.isRunning());
            assertEquals(List.of("SIP edge listening on 127.0.0.1 port " + port + " over [tcp, udp]"),
                    log.messagesAtOrAbove(Level.INFO));
        } finally {
            lifecycle.stop();
        }
        assertFalse(lifecycle.isRunning());
    }

    @Test
    void startShouldNotBindWhenDisabled() {
        var lifecycle = new SipEdgeLifecycle(false, "127.0.0.1", "5060", "udp,tcp");

        lifecycle.start();

        assertFalse(lifecycle.isRunning());
    }

    @Test
    void startShouldLogAClearErrorAndStayStoppedWhenThePortIsOutOfRange() {
        var severe = severeLinesOfStart(new SipEdgeLifecycle(true, "127.0.0.1", "70000", "udp"));

        assertTrue(severe.contains("1 to 65535") && severe.contains("parley.sip.port"), severe);
    }

    @Test
    void startShouldLogAClearErrorAndStayStoppedWhenThePortIsNotANumber() {
        var severe = severeLinesOfStart(new SipEdgeLifecycle(true, "127.0.0.1", "fifty", "udp"));

        assertTrue(severe.contains("'fifty'"), severe);
    }

    @Test
    void startShouldLogAClearErrorAndStayStoppedWhenATransportIsUnknown() {
        var severe = severeLinesOfStart(new SipEdgeLifecycle(true, "127.0.0.1", "5060", "udp,sctp"));

        assertTrue(severe.contains("[sctp]") && severe.contains("parley.sip.transports"), severe);
    }

    @Test
    void startShouldLogAClearErrorAndStayStoppedWhenThePortIsTaken() throws Exception {
        var port = TestPorts.freeUdpAndTcpPort();
        try (var squatter = new DatagramSocket(new InetSocketAddress(TestPorts.LOOPBACK, port))) {
            var severe = severeLinesOfStart(new SipEdgeLifecycle(true, "127.0.0.1", Integer.toString(port), "udp"));

            assertTrue(severe.contains("udp 127.0.0.1:" + port), severe);
            assertEquals(port, squatter.getLocalPort());
        }
    }

    @Test
    void startShouldLogAClearErrorAndStayStoppedWhenTheTrunkTransportIsUnknown() {
        var severe = severeLinesOfStart(new SipEdgeLifecycle(true, "127.0.0.1", "5060", "udp,tcp",
                SipEdgeLifecycle.Tls.NONE, "tlss"));

        assertTrue(severe.contains("parley.sip.trunk.transport must be one of") && severe.contains("'tlss'"), severe);
    }

    @Test
    void startShouldLogAClearErrorAndStayStoppedWhenTheKeyStoreIsMissing(@TempDir Path dir) {
        var missing = dir.resolve("missing.p12").toString();
        var severe = severeLinesOfStart(new SipEdgeLifecycle(true, "127.0.0.1", "5060", "udp,tls",
                new SipEdgeLifecycle.Tls("5061", missing, "pw", missing, "pw"), "tls"));

        assertTrue(severe.contains("parley.sip.tls.keyStore " + missing + " is not a readable file"), severe);
        assertFalse(severe.contains("pw"), "no password in the log: " + severe);
    }

    /** Starts {@code lifecycle}, checks it stayed stopped with one SEVERE line and no stack trace, returns it. */
    private static String severeLinesOfStart(SipEdgeLifecycle lifecycle) {
        try (var log = LogCapture.of(LOGGER)) {
            lifecycle.start();

            assertFalse(lifecycle.isRunning());
            var severe = log.records().stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
            assertEquals(1, severe.size(), () -> "SEVERE lines: " + log.messagesAtOrAbove(Level.SEVERE));
            assertNull(severe.get(0).getThrown(), "no stack trace in the log");
            return log.messagesAtOrAbove(Level.SEVERE).get(0);
        }
    }
}
