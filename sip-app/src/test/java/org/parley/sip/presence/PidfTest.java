package org.parley.sip.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.parley.presence.Availability;
import org.parley.presence.Presence;

class PidfTest {

    @Test
    void everyStatusShouldSurviveADocumentAndItsParse() {
        for (var availability : Availability.values()) {
            var presence = new Presence("bob", availability, "a <note> & more", "", "", Instant.now(), 1);
            var document = Pidf.document("sip:bob@127.0.0.1", presence);
            var parsed = Pidf.parse(document.getBytes(StandardCharsets.UTF_8));
            assertEquals(availability, parsed.availability(), document);
            assertEquals("a <note> & more", parsed.note());
        }
    }

    @Test
    void offlineShouldBeClosedWithNoActivity() {
        var document = Pidf.document("sip:bob@h", Presence.offline("bob"));
        assertTrue(document.contains("<basic>closed</basic>") && !document.contains("rpid:activities"), document);
    }

    @Test
    void malformedDocumentsShouldBeRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pidf.parse("<presence".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Pidf.parse(
                "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\"/>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Pidf.parse(
                "<x xmlns=\"other\"><basic>open</basic></x>".getBytes(StandardCharsets.UTF_8)));
        var withEntity = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY e \"open\">]>"
                + "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\"><tuple id=\"t\"><status><basic>&e;</basic></status></tuple></presence>";
        assertThrows(IllegalArgumentException.class, () -> Pidf.parse(withEntity.getBytes(StandardCharsets.UTF_8)));
    }
}
