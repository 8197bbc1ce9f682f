package org.parley.sip.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.telephony.DigestAlgorithm;

class DigestAuthenticatorTest {

    @Test
    void algorithmsShouldBeOfferedInTheConfiguredOrder() {
        assertEquals(List.of(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256), DigestAuthenticator.parse("md5, SHA-256"));
        assertEquals(List.of(DigestAlgorithm.SHA_256), DigestAuthenticator.parse("SHA-256,SHA-256"));
    }

    @Test
    void nothingValidShouldOfferBothStrongestFirst() {
        assertEquals(List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5), DigestAuthenticator.parse("SHA-512-256, "));
    }
}
