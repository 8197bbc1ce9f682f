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
    void md5ResponseShouldMatchTheRfc2617Example() {
        var ha1 = DigestAlgorithm.MD5.ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        assertEquals("6629fae49393a05397450978507c4ef1", DigestAlgorithm.MD5.response(ha1, "GET", "/dir/index.html",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "auth", "00000001", "0a4f113b"));
    }

    @Test
    void responsesShouldMatchTheRfc7616ExamplesThatRfc8760Uses() {
        var nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
        var cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        var md5 = DigestAlgorithm.MD5.ha1("Mufasa", "http-auth@example.org", "Circle of Life");
        assertEquals("8ca523f5e9506fed4657c9700eebdbec",
                DigestAlgorithm.MD5.response(md5, "GET", "/dir/index.html", nonce, "auth", "00000001", cnonce));
        var sha = DigestAlgorithm.SHA_256.ha1("Mufasa", "http-auth@example.org", "Circle of Life");
        assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                DigestAlgorithm.SHA_256.response(sha, "GET", "/dir/index.html", nonce, "auth", "00000001", cnonce));
    }

    @Test
    void aResponseWithoutQopShouldBeTheRfc2069One() {
        var ha1 = DigestAlgorithm.MD5.ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        var ha2 = DigestAlgorithm.MD5.hex("GET:/dir/index.html");
        assertEquals(DigestAlgorithm.MD5.hex(ha1 + ":abc:" + ha2),
                DigestAlgorithm.MD5.response(ha1, "GET", "/dir/index.html", "abc", null, null, null));
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
