package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import org.junit.jupiter.api.Test;

/**
 * How the server reads the bundled directory: cached until the time-to-live or until an
 * administrator empties the cache, within its pool, over a fail-over list whose first server
 * does not answer.
 */
class DirectoryIT {

    private static final int LDAP_PORT = Integer.getInteger("parley.it.ldapPort", 20389);
    private static final int DEAD_PORT = Integer.getInteger("parley.it.ldapDeadPort", 20391);
    private static final String ADMIN_DN = "cn=admin,dc=parley,dc=example";
    private static final String ADMIN_PASSWORD = "parley-admin";

    @Test
    void cacheShouldAnswerUntilEmptiedThenReadTheDirectoryAgain() throws Exception {
        var before = PeopleIT.getOk("zfischer", "/api/v1/people/zfischer").getString("title");
        var changed = "Cache Probe " + System.nanoTime();
        var mobile = "+1-555-0199-" + (1000 + System.nanoTime() % 9000);
        var mobileBefore = PeopleIT.getOk("zfischer", "/api/v1/people/zfischer").getString("mobile");
        set("zfischer", "title", changed);
        set("zfischer", "mobile", mobile);
        try {
            assertEquals(before, PeopleIT.getOk("zfischer", "/api/v1/people/zfischer").getString("title"), "cached");
            assertEquals(204, Server.send(Server.MAIN.as("alice", "/api/v1/admin/directory/cache").DELETE().build())
                    .statusCode());
            assertEquals(changed, PeopleIT.getOk("zfischer", "/api/v1/people/zfischer").getString("title"));
            assertTrue(PeopleIT.uids(PeopleIT.getOk("zfischer", "/api/v1/people?q=" + PeopleIT.q(mobile)))
                    .contains("zfischer"), "search reads the new value too");
        } finally {
            set("zfischer", "title", before);
            set("zfischer", "mobile", mobileBefore);
            Server.send(Server.MAIN.as("alice", "/api/v1/admin/directory/cache").DELETE().build());
        }
        assertEquals(before, PeopleIT.getOk("zfischer", "/api/v1/people/zfischer").getString("title"));
    }

    @Test
    void onlyAdministratorsShouldSeeFiguresOrEmptyTheCache() {
        assertProblem(Server.send(Server.MAIN.as("bob", "/api/v1/admin/directory/cache").DELETE().build()), 403);
        assertProblem(Server.MAIN.get("bob", "/api/v1/admin/directory"), 403);
    }

    @Test
    void figuresShouldCountOperationsAndStayWithinThePool() {
        PeopleIT.getOk("bob", "/api/v1/people?q=b");
        PeopleIT.getOk("bob", "/api/v1/people?q=b");
        var figures = PeopleIT.getOk("alice", "/api/v1/admin/directory");
        var directory = figures.getJsonObject("directory");
        assertEquals(16, directory.getInt("poolSize"), "8 read and 8 bind connections by default");
        assertTrue(directory.getInt("peakInUse") >= 1 && directory.getInt("peakInUse") <= 16, directory.toString());
        assertTrue(directory.getJsonNumber("searches").longValue() > 0);
        assertTrue(directory.getJsonNumber("binds").longValue() > 0, "passwords are checked by binds");
        assertTrue(directory.getJsonNumber("cacheHits").longValue() > 0);
        assertTrue(directory.getBoolean("available"));
        assertTrue(figures.getJsonObject("signIns").getJsonNumber("verified").longValue() > 0);
    }

    @Test
    void theServerShouldFailOverPastAServerThatDoesNotAnswer() {
        assertNotEquals(DEAD_PORT, LDAP_PORT);
        assertThrows(IOException.class, () -> {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", DEAD_PORT), 1000);
            }
        }, "nothing listens on the first server of the list");
        Server.send(Server.MAIN.as("alice", "/api/v1/admin/directory/cache").DELETE().build());
        assertEquals("Carol Chen", PeopleIT.getOk("erin", "/api/v1/people/carol").getString("displayName"));
        var session = Server.send(Server.MAIN.request("/api/v1/session").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"user\":\"erin\",\"password\":\"parley\"}"))
                .build());
        assertEquals(200, session.statusCode(), session.body());
    }

    private static void set(String uid, String attribute, String value) throws Exception {
        try (var ldap = new LDAPConnection("127.0.0.1", LDAP_PORT, ADMIN_DN, ADMIN_PASSWORD)) {
            ldap.modify("uid=" + uid + ",ou=people,dc=parley,dc=example",
                    new Modification(ModificationType.REPLACE, attribute, value));
        }
    }
}
