package org.parley.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DigestAlgorithmTest {

    @Test
    void md5Ha1ShouldMatchTheRfc2617Example() {
        assertEquals("939e7578ed9e3c518a452acee763bce9",
                DigestAlgorithm.MD5.ha1("Mufasa", "testrealm@host.com", "Circle Of Life"));
    }

    @Test
    void sha256Ha1ShouldBe64HexDigits() {
        var ha1 = DigestAlgorithm.SHA_256.ha1("bob", "parley", "secret-one");
        assertEquals(64, ha1.length());
        assertTrue(ha1.chars().allMatch(c -> Character.digit(c, 16) >= 0));
    }

    @Test
    void wireNamesShouldParseAndAnAbsentOneShouldMeanMd5() {
        assertEquals(Optional.of(DigestAlgorithm.SHA_256), DigestAlgorithm.fromWire("sha-256"));
        assertEquals(Optional.of(DigestAlgorithm.MD5), DigestAlgorithm.fromWire(null));
        assertEquals(Optional.empty(), DigestAlgorithm.fromWire("SHA-512-256"));
    }

    @Test
    void limitsShouldShortenLongRequestsAndKeepRemovals() {
        var limits = new RegistrarLimits(60, 3600, 1800, 10);
        assertEquals(3600, limits.grant(86_400));
        assertEquals(1800, limits.grant(-1));
        assertEquals(0, limits.grant(0));
        assertEquals(120, limits.grant(120));
    }
}
