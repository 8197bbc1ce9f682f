package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edge's TLS listening point with keystores made by keytool: it shows the keystore's
 * certificate, with TLS 1.3. (A stack of its own per test: NIST's factory hands out a stopped
 * stack of the same name again, with its first properties.)
 */
@Timeout(60)
class SipEdgeTlsTest {

    @TempDir
    Path dir;

    @Test
    void theEdgeShouldListenOnTlsWithTheKeyStoresCertificate() throws Exception {
        var keys = TestKeyStores.keyStore(dir);
        var trust = TestKeyStores.trustStore(dir, keys);
        var port = TestPorts.freeUdpAndTcpPort();
        var tlsPort = TestPorts.freeUdpAndTcpPort();
        var edge = new SipEdge(new SipEdgeConfig(TestPorts.LOOPBACK, port, Set.of("udp", "tls"), "tls-" + UUID.randomUUID(),
                tlsPort, SipTls.of(keys.toString(), TestKeyStores.PASSWORD, trust.toString(), TestKeyStores.PASSWORD), "tls"));
        try {
            edge.start();

            assertEquals(List.of("tls 127.0.0.1:" + tlsPort, "udp 127.0.0.1:" + port), edge.endpoints().stream().sorted().toList());
            assertEquals("TLSv1.3", handshake(tlsPort, trust), "a client trusting the edge's certificate connects");
            var other = java.nio.file.Files.createDirectories(dir.resolve("other"));
            var stranger = TestKeyStores.trustStore(other, TestKeyStores.keyStore(other));
            assertThrows(SSLHandshakeException.class, () -> handshake(tlsPort, stranger),
                    "a client that trusts another certificate refuses the edge's");
        } finally {
            edge.stop();
        }
    }

    /** A TLS handshake with the edge by a client that trusts the certificates of {@code trust}; the protocol agreed. */
    private static String handshake(int port, Path trust) throws Exception {
        var trusted = KeyStore.getInstance(trust.toFile(), TestKeyStores.PASSWORD.toCharArray());
        var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        try (var socket = (SSLSocket) context.getSocketFactory().createSocket(TestPorts.LOOPBACK, port)) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            return socket.getSession().getProtocol();
        }
    }
}
