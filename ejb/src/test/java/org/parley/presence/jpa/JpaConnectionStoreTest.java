package org.parley.presence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.jpa.LocalTransactions;
import org.parley.presence.Connection;

/** The connection store with EclipseLink (Liberty's provider) on embedded Derby. */
class JpaConnectionStoreTest {

    private static final int PEOPLE = 3_000;

    private static EntityManagerFactory factory;

    @BeforeAll
    static void open() {
        factory = Persistence.createEntityManagerFactory("presence-test",
                Map.of("eclipselink.persistencexml", "META-INF/presence-test-persistence.xml"));
        // A table filled after the store's first query, as on a server that starts empty.
        inTransaction(store -> store.ofUsers(List.of("nobody")));
        for (int from = 0; from < PEOPLE; from += 100) {
            int first = from;
            inTransaction(store -> {
                for (int i = first; i < first + 100; i++) {
                    store.add(new Connection("c" + i, "user" + i, i % 2 == 0 ? "a" : "b", Instant.EPOCH, false));
                }
                return null;
            });
        }
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void connectionsOfManyPeopleShouldBeFoundWithThoseAddedInTheSameTransaction() {
        var users = new TreeSet<String>(List.of("user1", "user2", "user17", "user2999", "nobody", "late"));
        var found = inTransaction(store -> {
            store.add(new Connection("c-late", "late", "a", Instant.EPOCH, true));
            store.add(new Connection("c1-second", "user1", "b", Instant.EPOCH, false));
            return store.ofUsers(users);
        });
        assertEquals(Set.of("user1", "user2", "user17", "user2999", "late"), found.keySet());
        assertEquals(Set.of("c1", "c1-second"), ids(found.get("user1")));
        assertEquals(Set.of("c2999"), ids(found.get("user2999")));
        assertTrue(found.get("late").get(0).idle());
    }

    @Test
    void connectionsOfManyPeopleShouldBeReadByTheUserIndexNotByReadingTheWholeTable() {
        var users = new ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            users.add("user" + (i * 71 % PEOPLE));
        }
        var plan = inTransaction(store -> {
            var jdbc = store.em.unwrap(java.sql.Connection.class);
            try (var statement = jdbc.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                var found = store.ofUsers(users);
                assertEquals(40, found.size());
                try (var rs = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    rs.next();
                    var text = rs.getString(1);
                    statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
                    return text;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(plan.contains("using index PRESENCE_CONNECTION_USER"), plan);
        assertFalse(plan.contains("Table Scan"), plan);
    }

    private static Set<String> ids(List<Connection> connections) {
        var ids = new TreeSet<String>();
        connections.forEach(c -> ids.add(c.id()));
        return ids;
    }

    private static <T> T inTransaction(Function<JpaConnectionStore, T> work) {
        return LocalTransactions.inTransaction(factory, em -> {
            var store = new JpaConnectionStore();
            store.em = em;
            return work.apply(store);
        });
    }
}
