package org.parley.devservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDirectoryTest {

    private static final String ALICE = DirectoryGenerator.personDn("alice");
    private static final int BUNDLED_ENTRIES = 3 + DirectoryGenerator.DEFAULT_PEOPLE + 17;

    private DemoDirectory directory;

    @AfterEach
    void stopDirectory() {
        if (directory != null) {
            directory.stop();
        }
    }

    @Test
    void shouldLoadTheBundledLdifOnLoopback() throws Exception {
        directory = DemoDirectory.start(0);
        assertEquals(BUNDLED_ENTRIES, directory.entryCount());
        assertEquals("127.0.0.1", directory.host());
        assertTrue(directory.port() > 0);
        assertEquals("ldap://127.0.0.1:" + directory.port(), directory.url());
    }

    @Test
    void aliceShouldBindWithTheDemoPassword() throws Exception {
        directory = DemoDirectory.start(0);
        try (var connection = connect()) {
            assertEquals(ResultCode.SUCCESS, connection.bind(ALICE, "parley").getResultCode());
        }
    }

    @Test
    void aWrongPasswordShouldFailWithInvalidCredentials() throws Exception {
        directory = DemoDirectory.start(0);
        try (var connection = connect()) {
            var failure = assertThrows(LDAPException.class, () -> connection.bind(ALICE, "wrong"));
            assertEquals(ResultCode.INVALID_CREDENTIALS, failure.getResultCode());
        }
    }

    @Test
    void adminsGroupShouldListAliceAsMember() throws Exception {
        directory = DemoDirectory.start(0);
        try (var connection = connect()) {
            connection.bind(ALICE, "parley");
            var result = connection.search(DirectoryGenerator.GROUPS_DN, SearchScope.ONE,
                    "(&(objectClass=groupOfNames)(cn=admins))", "member");
            assertEquals(1, result.getEntryCount());
            assertTrue(result.getSearchEntries().get(0).hasAttributeValue("member", ALICE));
        }
    }

    @Test
    void adminBindDnShouldBindWithTheCallersPassword() throws Exception {
        directory = DemoDirectory.start(DemoDirectorySettings.defaults().withPort(0)
                .withAdmin(DemoDirectorySettings.DIRECTORY_MANAGER, "s3cret"));
        try (var connection = connect()) {
            connection.bind(DemoDirectorySettings.DIRECTORY_MANAGER, "s3cret");
            var bob = connection.searchForEntry(DirectoryGenerator.PEOPLE_DN, SearchScope.ONE, "(uid=bob)");
            assertEquals("Bob Baker", bob.getAttributeValue("cn"));
            var failure = assertThrows(LDAPException.class,
                    () -> connection.bind(DemoDirectorySettings.DIRECTORY_MANAGER, "parley"));
            assertEquals(ResultCode.INVALID_CREDENTIALS, failure.getResultCode());
        }
    }

    @Test
    void clearTextPasswordsShouldStillBeAccepted(@TempDir Path dir) throws Exception {
        var ldif = dir.resolve("clear.ldif");
        Files.writeString(ldif, new DirectoryGenerator(60, 1).ldif()
                .replaceFirst("(dn: uid=alice,[^\\n]*\\n(?:[^\\n]+\\n)*?)userPassword: [^\\n]+", "$1userPassword: plain")
                .replaceFirst("(dn: uid=bob,[^\\n]*\\n(?:[^\\n]+\\n)*?)userPassword: [^\\n]+", "$1userPassword: {CLEAR}braces"));
        directory = DemoDirectory.start(DemoDirectorySettings.defaults().withPort(0).withLdif(LdifSource.file(ldif)));
        try (var connection = connect()) {
            assertEquals(ResultCode.SUCCESS, connection.bind(ALICE, "plain").getResultCode());
            assertEquals(ResultCode.SUCCESS, connection.bind(DirectoryGenerator.personDn("bob"), "braces").getResultCode());
            assertEquals(ResultCode.SUCCESS, connection.bind(DirectoryGenerator.personDn("carol"), "parley").getResultCode());
        }
    }

    @Test
    void schemaCheckingShouldRejectAnUndefinedAttribute() throws Exception {
        directory = DemoDirectory.start(0);
        try (var connection = connect()) {
            var entry = new Entry(DirectoryGenerator.personDn("mallory"),
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                    new Attribute("uid", "mallory"), new Attribute("cn", "Mallory"), new Attribute("sn", "M"),
                    new Attribute("favouriteColour", "green"));
            var failure = assertThrows(LDAPException.class, () -> connection.add(entry));
            assertEquals(ResultCode.OBJECT_CLASS_VIOLATION, failure.getResultCode());
        }
    }

    @Test
    void aTenThousandPersonDirectoryShouldLoad(@TempDir Path dir) throws Exception {
        var ldif = dir.resolve("big.ldif");
        new DirectoryGenerator(10_000, 3).writeLdif(ldif);
        directory = DemoDirectory.start(DemoDirectorySettings.defaults().withPort(0).withLdif(LdifSource.file(ldif)));
        try (var connection = connect()) {
            connection.bind(DirectoryGenerator.personDn("erin"), "parley");
            var people = connection.search(DirectoryGenerator.PEOPLE_DN, SearchScope.ONE, "(objectClass=inetOrgPerson)", "1.1");
            assertEquals(10_000, people.getEntryCount());
        }
    }

    @Test
    void aMissingLdifShouldFailToStart(@TempDir Path dir) {
        var settings = DemoDirectorySettings.defaults().withPort(0).withLdif(LdifSource.file(dir.resolve("none.ldif")));
        var failure = assertThrows(LDAPException.class, () -> DemoDirectory.start(settings));
        assertEquals(ResultCode.LOCAL_ERROR, failure.getResultCode());
    }

    @Test
    void aStoppedDirectoryShouldRefuseConnections() throws Exception {
        var stopped = DemoDirectory.start(0);
        int port = stopped.port();
        stopped.stop();
        assertThrows(LDAPException.class, () -> new LDAPConnection("127.0.0.1", port).close());
    }

    private LDAPConnection connect() throws LDAPException {
        return new LDAPConnection(directory.host(), directory.port());
    }
}
