package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;

/**
 * Malformed SIP is answered with the right status or dropped, and leaves everyone else's
 * registrations, subscriptions and messages working.
 */
class SipMalformedIT {

    @Test
    void brokenRequestsShouldGetTheirStatusOrBeDroppedAndOthersShouldNotNotice() throws Exception {
        try (var bystander = SipPhones.registered("zchen"); var raw = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            raw.setSoTimeout(3_000);
            int port = raw.getLocalPort();
            assertEquals(Optional.empty(), exchange(raw, "\u0000\u0001garbage that is no SIP at all\r\n\r\n"),
                    "garbage is dropped");
            assertEquals(Optional.empty(), exchange(raw, "REGISTER sip:127.0.0.1 SIP/2.0\r\nVia: broken\r\n\r\n"),
                    "an unparseable request is dropped");
            assertRefusedOrDropped(exchange(raw, request("REGISTER", port, "CSeq: 1 INVITE\r\n", "")));
            assertRefusedOrDropped(exchange(raw, request("MESSAGE", port, "CSeq: 1 MESSAGE\r\n", "")
                    .replaceFirst("Call-ID: [^\r]*\r\n", "")));
            assertStatus(400, exchange(raw, request("MESSAGE", port, "CSeq: 1 MESSAGE\r\n", "")
                    .replaceFirst("Max-Forwards: 70\r\n", "")));
            assertStatus(501, exchange(raw, request("FROBNICATE", port, "CSeq: 1 FROBNICATE\r\n", "")));
            assertStatus(401, exchange(raw, request("MESSAGE", port, "CSeq: 1 MESSAGE\r\n"
                    + "Authorization: Digest username=\"zchen\", realm=\"parley\", nonce=\"forged.0\", uri=\"sip:x\", response=\"00\"\r\n"
                    + "Content-Type: text/plain\r\n", "hello")));
            var huge = "x".repeat(60_000);
            var oversized = exchange(raw, request("PUBLISH", port, "CSeq: 1 PUBLISH\r\nEvent: presence\r\n"
                    + "Content-Type: application/pidf+xml\r\n", huge));
            assertTrue(oversized.isEmpty() || oversized.get().startsWith("SIP/2.0 4"), oversized.toString());

            assertEquals(200, bystander.register(300).getStatusCode(), "the registrar still serves others");
            var text = "still here " + UUID.randomUUID();
            SipPhones.chat("alice", "zchen", text);
            assertEquals(text, SipAgent.body(bystander.await(Request.MESSAGE, 10)));
            assertEquals(200, bystander.register(0).getStatusCode());
        }
    }

    /** The stack drops some malformed requests before the edge sees them; what it answers is a 400. */
    private static void assertRefusedOrDropped(Optional<String> answer) {
        assertTrue(answer.isEmpty() || answer.get().startsWith("SIP/2.0 400"), answer.toString());
    }

    private static void assertStatus(int status, Optional<String> answer) {
        assertTrue(answer.isPresent(), "expected " + status + ", got no answer");
        assertTrue(answer.get().startsWith("SIP/2.0 " + status), answer.get());
    }

    private static Optional<String> exchange(DatagramSocket socket, String message) throws IOException {
        var bytes = message.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), SipPhones.SIP_PORT));
        var buffer = new byte[65_535];
        var packet = new DatagramPacket(buffer, buffer.length);
        try {
            while (true) {
                socket.receive(packet);
                var text = new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8);
                if (!text.startsWith("SIP/2.0 1")) {
                    return Optional.of(text);
                }
            }
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
    }

    private static String request(String method, int localPort, String cseq, String body) {
        var branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
        return method + " sip:zchen@127.0.0.1:" + SipPhones.SIP_PORT + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";branch=" + branch + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:zchen@127.0.0.1>;tag=" + UUID.randomUUID().toString().substring(0, 8) + "\r\n"
                + "To: <sip:zchen@127.0.0.1>\r\n"
                + "Call-ID: " + UUID.randomUUID() + "@127.0.0.1\r\n"
                + cseq
                + "Contact: <sip:zchen@127.0.0.1:" + localPort + ">\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }
}
