package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The SIP edge inside the running server answers on its configured UDP port. */
class SipEdgeIT {

    private static final int SIP_PORT = Integer.getInteger("parley.it.sipPort", 15060);

    @Test
    void optionsShouldBeAnswered200() throws IOException {
        var answer = exchange("OPTIONS");
        assertTrue(answer.startsWith("SIP/2.0 200"), answer);
        assertTrue(answer.contains("OPTIONS"), "Allow lists OPTIONS: " + answer);
    }

    @Test
    void unhandledMethodShouldBeAnswered501() throws IOException {
        var answer = exchange("INFO");
        assertTrue(answer.startsWith("SIP/2.0 501"), answer);
    }

    private static String exchange(String method) throws IOException {
        try (var socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(10_000);
            var request = request(method, socket.getLocalPort()).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), SIP_PORT));
            var buffer = new byte[8192];
            var packet = new DatagramPacket(buffer, buffer.length);
            socket.receive(packet);
            return new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8);
        }
    }

    private static String request(String method, int localPort) {
        var branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
        return method + " sip:parley@127.0.0.1:" + SIP_PORT + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";branch=" + branch + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:it@127.0.0.1>;tag=" + UUID.randomUUID().toString().substring(0, 8) + "\r\n"
                + "To: <sip:parley@127.0.0.1>\r\n"
                + "Call-ID: " + UUID.randomUUID() + "@127.0.0.1\r\n"
                + "CSeq: 1 " + method + "\r\n"
                + "Contact: <sip:it@127.0.0.1:" + localPort + ">\r\n"
                + "Content-Length: 0\r\n\r\n";
    }
}
