package org.parley.sip.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrunkTrustTest {

    @Test
    void noListShouldTrustTheTrunkUrisHostAndPort() {
        assertEquals(List.of(new TrunkTrust.Source("10.0.0.5", 5070)), TrunkTrust.parse("", "sip:10.0.0.5:5070;transport=tcp"));
        assertEquals(List.of(new TrunkTrust.Source("10.0.0.5", 5060)), TrunkTrust.parse("", "sip:10.0.0.5"));
        assertEquals(List.of(new TrunkTrust.Source("127.0.0.1", 15070)), TrunkTrust.parse("", "sip:pbx@127.0.0.1:15070"));
        assertEquals(List.of(), TrunkTrust.parse("", ""), "no trunk, nobody trusted");
    }

    @Test
    void aListShouldNameHostsWithOrWithoutPorts() {
        var sources = TrunkTrust.parse("10.0.0.5:5060, 10.0.0.6", "sip:10.0.0.9");
        assertEquals(List.of(new TrunkTrust.Source("10.0.0.5", 5060), new TrunkTrust.Source("10.0.0.6", -1)), sources);
        assertTrue(sources.get(0).matches("10.0.0.5", 5060));
        assertFalse(sources.get(0).matches("10.0.0.5", 5061), "another port of the same host");
        assertTrue(sources.get(1).matches("10.0.0.6", 41234), "a host alone: any port (TCP)");
        assertFalse(sources.get(1).matches("10.0.0.66", 5060));
    }

    @Test
    void noneShouldTrustNobodyAndGarbageShouldBeRefused() {
        assertEquals(List.of(), TrunkTrust.parse("none", "sip:10.0.0.5"));
        assertThrows(IllegalArgumentException.class, () -> TrunkTrust.parse("10.0.0.5:port", ""));
    }

    @Test
    void aTlsTrunkWithoutAListShouldBeTrustedFromItsHostOnAnyPortButOnlyOverTls() {
        var sources = TrunkTrust.parse("", "sip:10.0.0.5:5061", "tls");

        assertEquals(List.of(new TrunkTrust.Source("10.0.0.5", -1, true)), sources);
        assertTrue(sources.get(0).matches("10.0.0.5", 40312, "TLS"), "a connection the PBX opened from a port of its own");
        assertFalse(sources.get(0).matches("10.0.0.5", 5061, "UDP"), "a UDP packet from the PBX host is not the trunk's");
        assertFalse(sources.get(0).matches("10.0.0.5", 5061, null), "nor a request whose transport is unknown");
        assertEquals(List.of(new TrunkTrust.Source("10.0.0.5", 5061)), TrunkTrust.ofTrunk("sip:10.0.0.5", "tls").stream().toList(),
                "the TLS port when the URI names none");
        assertEquals(List.of(new TrunkTrust.Source("10.0.0.7", -1)), TrunkTrust.parse("10.0.0.7", "sip:10.0.0.5", "tls"),
                "a list is taken as written");
    }
}
