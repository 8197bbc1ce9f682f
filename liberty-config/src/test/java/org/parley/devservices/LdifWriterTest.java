package org.parley.devservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LdifWriterTest {

    @Test
    void unsafeValuesShouldBeBase64AndReadBackIntact() throws Exception {
        var out = new StringWriter();
        var ldif = new LdifWriter(out);
        ldif.dn(DirectoryGenerator.personDn("lokafor"));
        ldif.attribute("objectClass", "inetOrgPerson");
        ldif.attribute("cn", "Léa Ó Súilleabháin");
        ldif.attribute("sn", "Ó Súilleabháin");
        ldif.attribute("description", ":starts with a colon");
        ldif.endEntry();
        assertTrue(out.toString().contains("\ncn:: "));
        var entry = GeneratedDirectory.read(out.toString()).entries().get(0);
        assertEquals("Léa Ó Súilleabháin", entry.getAttributeValue("cn"));
        assertEquals(":starts with a colon", entry.getAttributeValue("description"));
    }

    @Test
    void plainAsciiShouldStayReadable() {
        assertTrue(LdifWriter.isSafe("Alice Archer"));
        assertTrue(LdifWriter.isSafe("{SSHA}F4VNetq/fatlSlgomfzsqGtceY3dkvYA7yuesw=="));
        assertFalse(LdifWriter.isSafe(" leading space"));
        assertFalse(LdifWriter.isSafe("trailing space "));
        assertFalse(LdifWriter.isSafe("<file"));
        assertFalse(LdifWriter.isSafe("line\nbreak"));
    }
}
