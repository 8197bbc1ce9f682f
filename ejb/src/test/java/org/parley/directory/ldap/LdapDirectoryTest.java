package org.parley.directory.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.directory.Card;
import org.parley.error.ParleyException;

/** The LDAP directory against a real (in-memory UnboundID) LDAP server on loopback. */
class LdapDirectoryTest {

    private static final String BASE = "dc=parley,dc=example";
    private static final String PEOPLE = "ou=people," + BASE;
    private static final String GROUPS = "ou=groups," + BASE;

    private InMemoryDirectoryServer server;
    private final OpenConnections connections = new OpenConnections();

    /** The connections the directory holds open, and the most at once, read off its access log. */
    private static final class OpenConnections extends java.util.logging.Handler {
        private int open;
        private int peak;

        @Override
        public synchronized void publish(java.util.logging.LogRecord record) {
            var message = record.getMessage();
            if (message.contains(" CONNECT ")) {
                peak = Math.max(peak, ++open);
            } else if (message.contains(" DISCONNECT ")) {
                open--;
            }
        }

        synchronized int peak() {
            return peak;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
    private LdapDirectory directory;

    @BeforeEach
    void start() throws Exception {
        var config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                java.net.InetAddress.getLoopbackAddress(), 0, null));
        config.addAdditionalBindCredentials("cn=admin," + BASE, "secret");
        config.setAccessLogHandler(connections);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: domain", "dc: parley");
        server.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        server.add("dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
        person("boss", "Ada Boss", null, "+1-555-0100-0001");
        person("carol", "Carol Chen", "boss", "+1-555-0100-0002");
        person("cedric", "Cedric Carter", "boss", "+1-555-0100-0003");
        server.add("dn: cn=team," + GROUPS, "objectClass: groupOfNames", "cn: team",
                "member: uid=carol," + PEOPLE, "member: cn=leads," + GROUPS);
        server.add("dn: cn=leads," + GROUPS, "objectClass: groupOfNames", "cn: leads", "member: uid=boss," + PEOPLE);
        server.startListening();
        directory = new LdapDirectory(settings(List.of(new LdapSettings.Server("127.0.0.1", server.getListenPort()))));
    }

    private void person(String uid, String name, String manager, String phone) throws Exception {
        var lines = new java.util.ArrayList<>(List.of("dn: uid=" + uid + "," + PEOPLE, "objectClass: inetOrgPerson",
                "uid: " + uid, "cn: " + name, "sn: " + name.split(" ")[1], "displayName: " + name,
                "telephoneNumber: " + phone, "userPassword: pw-" + uid, "l: London"));
        if (manager != null) {
            lines.add("manager: uid=" + manager + "," + PEOPLE);
        }
        server.add(lines.toArray(String[]::new));
    }

    private static LdapSettings settings(List<LdapSettings.Server> servers) {
        return new LdapSettings(servers, "cn=admin," + BASE, "secret", PEOPLE, GROUPS, 2, 2, 2, 1000, 60_000, 300,
                1000, 100);
    }

    @AfterEach
    void stop() {
        directory.close();
        server.shutDown(true);
    }

    @Test
    void searchShouldMatchEveryWordAsAPrefixAndNotMatchPhonesWithLetters() {
        assertEquals(List.of("carol", "cedric"), uids(directory.search(List.of("c"))));
        assertEquals(List.of("carol"), uids(directory.search(List.of("carol", "ch"))));
        assertEquals(List.of("cedric"), uids(directory.search(List.of("+1-555-0100-0003"))));
        assertEquals(List.of(), uids(directory.search(List.of("zz"))));
    }

    @Test
    void cardsShouldCarryTheManagerAndReportsFollowIt() {
        var carol = directory.card("carol").orElseThrow();
        assertEquals("boss", carol.managerUid());
        assertEquals("London", carol.office());
        assertEquals(List.of("carol", "cedric"), uids(directory.reportsOf("boss")));
        assertEquals(Set.of("boss", "carol"), directory.cards(List.of("boss", "carol", "nobody")).keySet());
    }

    @Test
    void groupsShouldNameTheirPeopleAndNestedGroups() {
        var team = directory.group("team").orElseThrow();
        assertEquals(Set.of("carol"), team.people());
        assertEquals(Set.of("leads"), team.groups());
        assertEquals(Set.of("team"), directory.groupsOf("carol"));
    }

    @Test
    void passwordsShouldBeCheckedByABindAsThePerson() {
        var check = new LdapPasswordCheck(directory);
        assertEquals(Optional.of("carol"), check.verify("carol", "pw-carol".toCharArray()));
        assertEquals(Optional.empty(), check.verify("carol", "wrong".toCharArray()));
        assertEquals(Optional.empty(), check.verify("carol", new char[0]));
        assertEquals(Optional.empty(), check.verify("nobody", "pw-carol".toCharArray()));
        assertEquals(2, directory.figures().binds(), "no bind for an empty password or for nobody");
    }

    @Test
    void theFirstServerNotAnsweringShouldFailOverToTheNext() throws Exception {
        int dead;
        try (var socket = new ServerSocket(0)) {
            dead = socket.getLocalPort();
        }
        directory.close();
        directory = new LdapDirectory(settings(List.of(new LdapSettings.Server("127.0.0.1", dead),
                new LdapSettings.Server("127.0.0.1", server.getListenPort()))));
        assertEquals("Carol Chen", directory.card("carol").map(Card::displayName).orElseThrow());
    }

    @Test
    void connectionsTheDirectoryDroppedShouldBeReplacedWithinThePool() throws Exception {
        var check = new LdapPasswordCheck(directory);
        directory.card("carol");
        assertEquals(Optional.of("carol"), check.verify("carol", "pw-carol".toCharArray()));
        server.closeAllConnections(false);
        directory.forget();
        assertEquals("Cedric Carter", directory.card("cedric").map(Card::displayName).orElseThrow());
        assertEquals(Optional.of("carol"), check.verify("carol", "pw-carol".toCharArray()));
        var figures = directory.figures();
        assertEquals(0, figures.failures());
        assertTrue(figures.available());
        assertTrue(figures.peakInUse() <= figures.poolSize(), "peak " + figures.peakInUse());
    }

    @Test
    void aDirectoryThatIsDownShouldBeRefusedAtOnceAfterTheFirstFailureAndCachedPeopleServed() {
        directory.card("carol");
        server.shutDown(true);
        directory.forget();
        assertThrows(ParleyException.Unavailable.class, () -> directory.card("cedric"));
        long refusedBefore = directory.figures().refused();
        assertThrows(ParleyException.Unavailable.class, () -> directory.card("boss"));
        assertEquals(refusedBefore + 1, directory.figures().refused(), "refused without trying again");
        assertFalse(directory.figures().available());
    }

    @Test
    void refreshShouldPreloadEveryoneSoLookUpsHitTheCache() {
        assertEquals(3, directory.refresh());
        long searches = directory.figures().searches();
        directory.card("carol");
        directory.groupsOf("carol");
        directory.group("leads");
        assertEquals(searches, directory.figures().searches());
        assertTrue(directory.figures().cacheHits() >= 3);
    }

    @Test
    void manyCallersAtOnceShouldNeverHoldMoreConnectionsThanThePools() throws Exception {
        for (int i = 0; i < 60; i++) {
            person("p" + i, "Person P" + i, "boss", "+1-555-0200-" + (1000 + i));
        }
        directory.close();
        directory = new LdapDirectory(new LdapSettings(List.of(new LdapSettings.Server("127.0.0.1",
                server.getListenPort())), "cn=admin," + BASE, "secret", PEOPLE, GROUPS, 3, 3, 64, 5_000, 60_000, 300,
                1000, 100));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(32);
        try {
            var work = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < 32; t++) {
                int seed = t;
                work.add(pool.submit(() -> {
                    var random = new java.util.Random(seed);
                    for (int k = 0; k < 150; k++) {
                        var uid = "p" + random.nextInt(60);
                        if (random.nextInt(8) == 0) {
                            directory.forget();
                        }
                        directory.card(uid);
                        directory.groupsOf(uid);
                        directory.bind("uid=" + uid + "," + PEOPLE, ("pw-" + (random.nextBoolean() ? uid : "x"))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    return null;
                }));
            }
            for (var w : work) {
                w.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        var figures = directory.figures();
        assertEquals(0, figures.failures());
        assertTrue(figures.peakInUse() <= 6, "peak in use " + figures.peakInUse() + " over pools of 3 + 3");
        // The directory's own count (the first directory, closed above, had opened none: its
        // pools open on first use).
        assertTrue(connections.peak() <= 6, connections.peak() + " connections open at once over pools of 3 + 3");
    }

    private static List<String> uids(org.parley.directory.Found<Card> found) {
        return found.items().stream().map(Card::uid).toList();
    }
}
