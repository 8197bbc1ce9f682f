package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.error.ParleyException;
import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceStore;
import org.parley.presence.StatusUpdate;
import org.parley.presence.StoredPresence;
import org.parley.presence.jpa.JpaPresenceStore;
import org.parley.presence.jpa.PresenceEntity;

/**
 * The JPA presence store inside the real container: JTA transactions on the server's Derby
 * datasource decide what is stored. Runs in the parley-it server (Arquillian); what the store
 * reports is checked against the PRESENCE_STATE table read with plain JDBC, past JPA's caches.
 */
@ExtendWith(ArquillianExtension.class)
public class PresenceStoreTransactionIT {

    private static final String ROW = "SELECT SHOWN, STATUS_MESSAGE FROM PRESENCE_STATE WHERE USER_ID = ?";

    @Deployment
    public static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "presence-store-tx.war")
                .addClasses(Presence.class, StoredPresence.class, StatusUpdate.class, Availability.class,
                        PresenceStore.class, PresenceEntity.class, JpaPresenceStore.class, ParleyException.class)
                .addAsResource("presence-store-tx/persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource("presence-store-tx/beans.xml", "beans.xml");
    }

    @Inject
    PresenceStore store;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "jdbc/parley")
    DataSource database;

    @AfterEach
    void leaveNoTransactionOnTheThread() throws SystemException {
        if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
            tx.rollback();
        }
    }

    @Test
    void storeShouldBeTheJpaStoreInTheContainer() {
        assertInstanceOf(JpaPresenceStore.class, store);
    }

    @Test
    void committedSaveShouldBeFoundWithTheSameValues() throws Exception {
        var presence = stored(newUser(), Availability.IN_A_MEETING, "design review", Instant.parse("2026-01-02T03:04:05.678Z"));

        tx.begin();
        var saved = store.save(presence);
        tx.commit();

        assertEquals(presence, saved);
        assertEquals(Optional.of(presence), store.find(presence.shown().user()));
        assertEquals(Optional.of(row(presence)), storedRow(presence.shown().user()));
    }

    @Test
    void rollbackShouldUndoTheWrite() throws Exception {
        var before = stored(newUser(), Availability.AWAY, "lunch", Instant.parse("2026-01-02T12:00:00Z"));
        var never = newUser();
        tx.begin();
        store.save(before);
        tx.commit();

        tx.begin();
        var changed = stored(before.shown().user(), Availability.DO_NOT_DISTURB, "focus", Instant.parse("2026-01-02T13:00:00Z"));
        store.save(changed);
        store.save(stored(never, Availability.AVAILABLE, "", Instant.parse("2026-01-02T13:00:00Z")));
        assertEquals(Optional.of(changed), store.find(before.shown().user()), "the transaction should see its own write");
        tx.rollback();

        assertEquals(Optional.of(before), store.find(before.shown().user()));
        assertEquals(Optional.empty(), store.find(never));
        assertEquals(Optional.of(row(before)), storedRow(before.shown().user()));
        assertEquals(Optional.empty(), storedRow(never));
    }

    @Test
    void saveOutsideATransactionShouldBeRefusedAndStoreNothing() throws Exception {
        var presence = stored(newUser(), Availability.AVAILABLE, "no transaction", Instant.parse("2026-01-02T14:00:00Z"));

        var refused = assertThrows(TransactionalException.class, () -> store.save(presence));

        assertInstanceOf(TransactionRequiredException.class, refused.getCause(), refused.toString());
        assertTrue(store.find(presence.shown().user()).isEmpty());
        assertEquals(Optional.empty(), storedRow(presence.shown().user()));
    }

    private static StoredPresence stored(String user, Availability availability, String message, Instant since) {
        return new StoredPresence(availability, new Presence(user, availability, message, "", "", since, 1));
    }

    private static String newUser() {
        return "arq-" + UUID.randomUUID();
    }

    private static String row(StoredPresence presence) {
        return presence.shown().availability().name() + "|" + presence.shown().message();
    }

    /** The user's row as committed in Derby, read with JDBC outside any transaction. */
    private Optional<String> storedRow(String user) throws SQLException {
        try (var connection = database.getConnection(); var query = connection.prepareStatement(ROW)) {
            query.setString(1, user);
            try (var result = query.executeQuery()) {
                return result.next()
                        ? Optional.of(result.getString("SHOWN") + "|" + result.getString("STATUS_MESSAGE"))
                        : Optional.empty();
            }
        }
    }
}
