package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SipEdgeConfigTest {

    @Test
    void parseTransportsShouldIgnoreCaseAndBlanks() {
        assertEquals(Set.of("udp", "tcp"), SipEdgeConfig.parseTransports(" UDP , tcp,, "));
    }

    @Test
    void configShouldRejectAPortOutOfRange() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new SipEdgeConfig("127.0.0.1", 70_000, Set.of("udp"), "s"));

        assertTrue(error.getMessage().contains("1 to 65535"), error::getMessage);
    }

    @Test
    void parsePortShouldRejectANonNumberClearly() {
        var error = assertThrows(IllegalArgumentException.class, () -> SipEdgeConfig.parsePort("fifty"));

        assertTrue(error.getMessage().contains("'fifty'"), error::getMessage);
    }

    @Test
    void configShouldRejectAnUnknownTransport() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new SipEdgeConfig("127.0.0.1", 5060, SipEdgeConfig.parseTransports("udp,sctp"), "s"));

        assertTrue(error.getMessage().contains("[sctp]"), error::getMessage);
    }

    @Test
    void configShouldRejectAnEmptyTransportList() {
        assertThrows(IllegalArgumentException.class,
                () -> new SipEdgeConfig("127.0.0.1", 5060, SipEdgeConfig.parseTransports(" , "), "s"));
    }

    @Test
    void configShouldRejectABlankHost() {
        assertThrows(IllegalArgumentException.class, () -> new SipEdgeConfig(" ", 5060, Set.of("udp"), "s"));
    }

    @Test
    void theTrunkTransportShouldDefaultToUdpAndBeOneTheEdgeListensOn() {
        assertEquals("udp", new SipEdgeConfig("127.0.0.1", 5060, Set.of("udp", "tcp"), "s").trunkTransport());
        assertEquals("tcp", new SipEdgeConfig("127.0.0.1", 5060, Set.of("udp", "tcp"), "s", 5061, null, " TCP ").trunkTransport());

        var unknown = assertThrows(IllegalArgumentException.class,
                () -> new SipEdgeConfig("127.0.0.1", 5060, Set.of("udp"), "s", 5061, null, "sctp"));
        assertTrue(unknown.getMessage().contains("parley.sip.trunk.transport must be one of [tcp, tls, udp], got 'sctp'"),
                unknown::getMessage);
        var notListening = assertThrows(IllegalArgumentException.class,
                () -> new SipEdgeConfig("127.0.0.1", 5060, Set.of("udp", "tcp"), "s", 5061, null, "tls"));
        assertTrue(notListening.getMessage().contains("does not listen on it"), notListening::getMessage);
    }

    @Test
    void theTlsTransportShouldNeedItsStoresAndAPortOfItsOwn() {
        var noStores = assertThrows(IllegalArgumentException.class,
                () -> new SipEdgeConfig("127.0.0.1", 5060, Set.of("udp", "tls"), "s", 5061, null, "tls"));
        assertTrue(noStores.getMessage().contains("parley.sip.tls.keyStore"), noStores::getMessage);

        var tls = new SipTls(java.nio.file.Path.of("k"), "p", "PKCS12", java.nio.file.Path.of("t"), "p", "PKCS12");
        var samePort = assertThrows(IllegalArgumentException.class,
                () -> new SipEdgeConfig("127.0.0.1", 5060, Set.of("tcp", "tls"), "s", 5060, tls, "tls"));
        assertTrue(samePort.getMessage().contains("parley.sip.tlsPort must differ"), samePort::getMessage);

        var config = new SipEdgeConfig("127.0.0.1", 5060, Set.of("udp", "tls"), "s", 5061, tls, "tls");
        assertEquals(5061, config.portOf("tls"));
        assertEquals(5060, config.portOf("udp"));
    }
}
