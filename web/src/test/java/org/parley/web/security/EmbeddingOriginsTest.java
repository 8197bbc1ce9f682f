package org.parley.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmbeddingOriginsTest {

    private final EmbeddingOrigins origins = new EmbeddingOrigins(" https://Intranet.Example.com , http://127.0.0.1:9081,");

    @Test
    void onlyListedOriginsShouldBeAllowedWhateverTheirLetterCaseOrDefaultPort() {
        assertTrue(origins.allowed("https://intranet.example.com"));
        assertTrue(origins.allowed("https://intranet.example.com:443"));
        assertTrue(origins.allowed("http://127.0.0.1:9081"));
        assertFalse(origins.allowed("http://127.0.0.1:9082"), "another port is another origin");
        assertFalse(origins.allowed("http://intranet.example.com"), "another scheme is another origin");
        assertFalse(origins.allowed("https://intranet.example.com.evil.example"));
        assertFalse(origins.allowed("null"), "sandboxed frames and file pages");
        assertFalse(origins.allowed(null));
        assertFalse(new EmbeddingOrigins("").allowed("http://127.0.0.1:9081"), "an empty list allows nobody");
    }

    @Test
    void originsShouldBeComparedWithoutDefaultPortsOrPaths() {
        assertEquals("https://a.example", EmbeddingOrigins.normalize("HTTPS://A.example:443"));
        assertEquals("http://a.example:8080", EmbeddingOrigins.normalize("http://a.example:8080/"));
    }
}
