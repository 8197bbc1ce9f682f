package org.parley.contacts.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.jpa.LocalTransactions;
import org.parley.contacts.Contact;
import org.parley.contacts.ContactEdit;
import org.parley.contacts.ContactStore;
import org.parley.contacts.ContactStoreContract;
import org.parley.error.ParleyException;

/** The contract on the JPA store, with EclipseLink (Liberty's provider) on embedded Derby. */
class JpaContactStoreTest implements ContactStoreContract {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void open() {
        factory = Persistence.createEntityManagerFactory("contacts-test",
                Map.of("eclipselink.persistencexml", "META-INF/contacts-test-persistence.xml"));
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Override
    public <T> T inTransaction(Function<ContactStore, T> work) {
        return LocalTransactions.inTransaction(factory, em -> {
            var store = new JpaContactStore();
            store.em = em;
            return work.apply(store);
        });
    }

    @Test
    void twoDevicesChangingAtOnceShouldGetOneChangeInAndOneConflict() throws Exception {
        var owner = newOwner();
        change(owner, 0, new ContactEdit.CreateGroup("Friends", null));
        var firstHoldsTheLock = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> inTransaction(store -> store.update(owner, 1, list -> {
                firstHoldsTheLock.countDown();
                await(releaseFirst);
                return new ContactEdit.CreateGroup("From the phone", null).applyTo(list);
            })));
            await(firstHoldsTheLock);
            var second = pool.submit(() -> {
                try {
                    return inTransaction(store -> store.update(owner, 1,
                            list -> new ContactEdit.CreateGroup("From the laptop", null).applyTo(list)));
                } catch (ParleyException.Conflict expected) {
                    return null;
                }
            });
            Thread.sleep(300);
            releaseFirst.countDown();
            assertEquals(2, first.get(30, TimeUnit.SECONDS).version());
            assertEquals(null, second.get(30, TimeUnit.SECONDS), "the second change was made against version 1 too");
        } finally {
            pool.shutdownNow();
        }
        var stored = read(owner);
        assertEquals(2, stored.version());
        assertTrue(stored.indexOf("From the phone") >= 0);
        assertEquals(-1, stored.indexOf("From the laptop"));
    }

    @Test
    void renamingOnlyTheLetterCaseShouldKeepTheGroupsEntries() {
        var owner = newOwner();
        change(owner, 0, new ContactEdit.CreateGroup("friends", null));
        change(owner, 1, new ContactEdit.AddContact("friends", new Contact("bob", "B", true), null));
        var renamed = change(owner, 2, new ContactEdit.RenameGroup("friends", "Friends"));
        assertEquals(renamed, read(owner));
        assertEquals("Friends", read(owner).groups().get(0).name());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
