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
}
