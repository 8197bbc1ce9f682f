package org.parley.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.contacts.Contact;
import org.parley.contacts.ContactGroup;
import org.parley.contacts.ContactImport;
import org.parley.contacts.ContactList;
import org.parley.contacts.ImportMode;
import org.parley.contacts.PrivateGroup;
import org.parley.contacts.PublicGroup;
import org.parley.error.ParleyException;

/** What the contacts edge decodes before the service sees it: versions and documents. */
class ContactsEdgeTest {

    @Test
    void ifMatchShouldNameOneVersion() {
        assertEquals(7, Versions.fromIfMatch("\"7\""));
        assertEquals(7, Versions.fromIfMatch("W/\"7\""));
        assertEquals(0, Versions.fromIfMatch(" 0 "));
        for (var bad : Arrays.asList(null, "", "*", "\"a\"", "\"-1\"", "\"1\", \"2\"", "99999999999999999999")) {
            var problem = assertThrows(ParleyException.Invalid.class, () -> Versions.fromIfMatch(bad), String.valueOf(bad));
            assertTrue(problem.getMessage().contains("If-Match"), problem.getMessage());
        }
    }

    @Test
    void exportedDocumentShouldImportAsTheSameGroups() {
        List<ContactGroup> groups = List.of(PrivateGroup.of("Friends", List.of(new Contact("bob", "Bobby", true),
                new Contact("carol", "", false))), PublicGroup.of("project-atlas"));
        var document = ContactsDocument.of(new ContactList("alice", groups, 4));
        assertEquals("parley-contacts", document.format());
        assertEquals(null, document.groups().get(0).contacts().get(1).nickname(), "no nickname: left out");
        assertEquals(null, document.groups().get(1).contacts(), "a public group lists no one");

        var imported = document.toImport(ImportMode.REPLACE);
        assertEquals(new ContactImport(ImportMode.REPLACE, List.of(
                new ContactImport.Group("private", "Friends", List.of(new ContactImport.Entry("bob", "Bobby", true),
                        new ContactImport.Entry("carol", null, false))),
                new ContactImport.Group("public", "project-atlas", null))), imported);
    }

    @Test
    void documentOfAnotherFormatShouldBeRefused() {
        assertThrows(ParleyException.Invalid.class,
                () -> new ContactsDocument(null, 1, null, null, List.of()).toImport(ImportMode.MERGE));
        assertThrows(ParleyException.Invalid.class,
                () -> new ContactsDocument("parley-contacts", 2, null, null, List.of()).toImport(ImportMode.MERGE));
        assertEquals(ImportMode.MERGE, new ContactsDocument("parley-contacts", null, null, null, List.of())
                .toImport(ImportMode.fromWire(null)).mode());
        assertThrows(ParleyException.Invalid.class, () -> ImportMode.fromWire("append"));
    }
}
