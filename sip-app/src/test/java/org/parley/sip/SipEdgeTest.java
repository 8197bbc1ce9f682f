package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import java.util.Set;
import javax.sip.ListeningPoint;
import javax.sip.header.AcceptHeader;
import javax.sip.header.AllowHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** One client per class (it keeps no state between requests); a fresh edge on a fresh port per test. */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SipEdgeTest {

    private static final Duration RAW_WAIT = Duration.ofSeconds(3);

    private int edgePort;
    private SipEdge edge;
    private SipTestClient client;

    @BeforeAll
    void startClient() throws Exception {
        client = new SipTestClient();
    }

    @AfterAll
    void stopClient() throws Exception {
        client.close();
    }

    @BeforeEach
    void startEdge() {
        edgePort = TestPorts.freeUdpAndTcpPort();
        edge = new SipEdge(new SipEdgeConfig(TestPorts.LOOPBACK, edgePort, Set.of("udp", "tcp"), "edge-" + edgePort));
        edge.start();
    }

    @AfterEach
    void stopEdge() {
        edge.stop();
    }

    @Test
    void optionsShouldAnswer200WithAllowOverUdp() throws Exception {
        var response = client.send(Request.OPTIONS, edgePort, ListeningPoint.UDP);

        assertEquals(Response.OK, response.getStatusCode());
        assertEquals(List.of(Request.CANCEL, Request.OPTIONS), allowedMethods(response));
        var accept = (AcceptHeader) response.getHeader(AcceptHeader.NAME);
        assertEquals("application/sdp", accept.getContentType() + "/" + accept.getContentSubType());
        assertTrue(response.toString().contains("Supported:"), response::toString);
    }

    @Test
    void optionsShouldAnswer200WithAllowOverTcp() throws Exception {
        var response = client.send(Request.OPTIONS, edgePort, ListeningPoint.TCP);

        assertEquals(Response.OK, response.getStatusCode());
        assertTrue(allowedMethods(response).contains(Request.OPTIONS));
    }

    @Test
    void infoShouldAnswer501NotImplemented() throws Exception {
        assertEquals(Response.NOT_IMPLEMENTED, client.send(Request.INFO, edgePort, ListeningPoint.UDP).getStatusCode());
    }

    @Test
    void subscribeShouldAnswer501NotImplemented() throws Exception {
        assertEquals(Response.NOT_IMPLEMENTED,
                client.send(Request.SUBSCRIBE, edgePort, ListeningPoint.TCP).getStatusCode());
    }

    @Test
    void cancelWithoutMatchingTransactionShouldAnswer481() {
        // sent raw: a JAIN-SIP client refuses to send a CANCEL that matches none of its own INVITEs
        var reply = TestPorts.exchangeUdp(edgePort, localPort -> TestPorts.rawRequest("CANCEL", localPort, true), RAW_WAIT);

        assertTrue(reply.orElseThrow().startsWith("SIP/2.0 481 "), reply::get);
    }

    @Test
    void edgeShouldServeAgainOnTheSamePortAfterStopAndStart() throws Exception {
        edge.stop();
        assertFalse(edge.isRunning());
        edge.start();

        assertTrue(edge.isRunning());
        assertEquals(Response.OK, client.send(Request.OPTIONS, edgePort, ListeningPoint.UDP).getStatusCode());
        assertEquals(Response.OK, client.send(Request.OPTIONS, edgePort, ListeningPoint.TCP).getStatusCode());
    }

    @Test
    void garbageDatagramShouldNotBreakTheEdge() throws Exception {
        var noise = new byte[512];
        new Random(42).nextBytes(noise);
        var garbage = new String(noise, StandardCharsets.ISO_8859_1);

        var reply = TestPorts.exchangeUdp(edgePort, localPort -> garbage, Duration.ofMillis(500));

        assertTrue(reply.isEmpty(), "garbage must not be answered");
        assertEquals(Response.OK, client.send(Request.OPTIONS, edgePort, ListeningPoint.UDP).getStatusCode());
    }

    @Test
    void requestWithoutMaxForwardsShouldAnswer400() {
        var reply = TestPorts.exchangeUdp(edgePort, localPort -> TestPorts.rawRequest("OPTIONS", localPort, false), RAW_WAIT);

        assertTrue(reply.orElseThrow().startsWith("SIP/2.0 400 Missing Max-Forwards Header"), reply::get);
        assertTrue(edge.isRunning());
    }

    @Test
    void ackShouldNeverBeAnswered() {
        var reply = TestPorts.exchangeUdp(edgePort, localPort -> TestPorts.rawRequest("ACK", localPort, true), Duration.ofSeconds(1));

        assertTrue(reply.isEmpty(), () -> "ACK answered with " + reply.get());
    }

    private static List<String> allowedMethods(Response response) {
        var methods = new ArrayList<String>();
        ListIterator<?> headers = response.getHeaders(AllowHeader.NAME);
        while (headers.hasNext()) {
            methods.add(((AllowHeader) headers.next()).getMethod());
        }
        return methods;
    }
}
