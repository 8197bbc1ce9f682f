package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What start and stop leave behind: ports, threads, and a clear error when the port is taken. */
@Timeout(60)
class SipEdgeStartStopTest {

    private int port;
    private SipEdge edge;

    @BeforeEach
    void startEdge() {
        port = TestPorts.freeUdpAndTcpPort();
        edge = new SipEdge(new SipEdgeConfig(TestPorts.LOOPBACK, port, Set.of("udp", "tcp"), "start-stop-" + port));
        edge.start();
    }

    @AfterEach
    void stopEdge() {
        edge.stop();
    }

    @Test
    void stopShouldFreeTheUdpAndTcpPorts() throws Exception {
        edge.stop();

        assertFalse(edge.isRunning());
        try (var udp = new DatagramSocket(new InetSocketAddress(TestPorts.LOOPBACK, port));
                var tcp = new ServerSocket(port, 1, InetAddress.getByName(TestPorts.LOOPBACK))) {
            assertEquals(port, udp.getLocalPort());
            assertEquals(port, tcp.getLocalPort());
        }
    }

    @Test
    void stopShouldEndTheStackThreadsThatWouldKeepTheJvmAlive() throws Exception {
        long before = nonDaemonStackThreads();

        edge.stop();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (nonDaemonStackThreads() > before - 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(before - 2, nonDaemonStackThreads(), "the event scanner and timer threads must end");
    }

    @Test
    void startShouldFailClearlyAndBindNothingWhenThePortIsTaken() {
        var second = new SipEdge(new SipEdgeConfig(TestPorts.LOOPBACK, port, Set.of("udp"), "clash-" + port));

        var failure = assertThrows(SipEdgeException.class, second::start);

        assertEquals("Cannot listen for SIP on udp 127.0.0.1:" + port + ": Address already in use", failure.getMessage());
        assertFalse(second.isRunning());
        assertTrue(second.endpoints().isEmpty());
    }

    private static long nonDaemonStackThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .filter(t -> t.getName().startsWith("EventScannerThread") || t.getName().startsWith("DefaultSipTimerThread"))
                .count();
    }
}
