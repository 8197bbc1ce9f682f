package org.parley.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntFunction;

/** Free loopback ports, and raw UDP for the requests and bytes no SIP stack would send. */
final class TestPorts {

    static final String LOOPBACK = "127.0.0.1";
    private static final int ATTEMPTS = 20;
    private static final int MAX_DATAGRAM = 65_535;

    private TestPorts() {
    }

    /** A loopback port free for both UDP and TCP at the time of the call. */
    static int freeUdpAndTcpPort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (var tcp = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK));
                    var udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, tcp.getLocalPort()))) {
                return udp.getLocalPort();
            } catch (IOException e) {
                // the UDP twin of this TCP port is taken: try another
            }
        }
        throw new IllegalStateException("no loopback port free for both UDP and TCP");
    }

    /** A minimal hand-written request over UDP from {@code localPort}, optionally without Max-Forwards. */
    static String rawRequest(String method, int localPort, boolean withMaxForwards) {
        return String.join("\r\n",
                method + " sip:parley@127.0.0.1 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";branch=z9hG4bK-raw-" + localPort,
                withMaxForwards ? "Max-Forwards: 70" : "X-Max-Forwards: absent",
                "From: <sip:raw@127.0.0.1>;tag=raw",
                "To: <sip:parley@127.0.0.1>",
                "Call-ID: raw-" + localPort + "@127.0.0.1",
                "CSeq: 1 " + method,
                "Content-Length: 0", "", "");
    }

    /**
     * Sends one datagram to {@code port} and returns the first datagram that comes back within
     * {@code wait}; {@code payload} gets the sending socket's port, for a Via header.
     */
    static Optional<String> exchangeUdp(int port, IntFunction<String> payload, Duration wait) {
        try (var socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            socket.setSoTimeout((int) wait.toMillis());
            var bytes = payload.apply(socket.getLocalPort()).getBytes(StandardCharsets.ISO_8859_1);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName(LOOPBACK), port));
            var reply = new DatagramPacket(new byte[MAX_DATAGRAM], MAX_DATAGRAM);
            socket.receive(reply);
            return Optional.of(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
