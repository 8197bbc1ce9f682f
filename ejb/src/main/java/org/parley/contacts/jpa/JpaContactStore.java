package org.parley.contacts.jpa;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.contacts.ContactList;
import org.parley.contacts.ContactStore;
import org.parley.error.ParleyException;

/**
 * Contact lists in the relational database. A change locks the owner's head row
 * (SELECT ... FOR UPDATE), checks the version it was made against, and writes only the rows
 * that differ, all in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaContactStore implements ContactStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "parley.contacts.cacheSize", defaultValue = "20000")
    int cacheSize;

    /**
     * Lists read before, by owner. An entry is used only when the owner's head row, read each
     * time, still has its version (every change advances it, on whichever server), so a cached
     * list is never stale; entries are added only once the transaction that read them committed,
     * so a list read after an uncommitted change is never kept. Beyond the size, emptied.
     */
    private final Map<String, ContactList> read = new ConcurrentHashMap<>();

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactList find(String owner) {
        var head = em.find(ContactOwnerEntity.class, owner);
        if (head == null) {
            return ContactList.empty(owner);
        }
        var known = read.get(owner);
        if (known != null && known.version() == head.version()) {
            return known;
        }
        var list = ContactRows.read(em, owner).toList(head.version());
        keepOnceCommitted(list);
        return list;
    }

    private void keepOnceCommitted(ContactList list) {
        if (cacheSize <= 0) {
            return;
        }
        Runnable keep = () -> {
            if (read.size() >= cacheSize) {
                read.clear();
            }
            read.put(list.owner(), list);
        };
        if (transactions.getTransactionKey() == null) {
            keep.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    keep.run();
                }
            }
        });
    }

    @Override
    public ContactList update(String owner, long expectedVersion, UnaryOperator<ContactList> change) {
        var head = em.find(ContactOwnerEntity.class, owner, LockModeType.PESSIMISTIC_WRITE);
        long current = head == null ? 0 : head.version();
        if (current != expectedVersion) {
            throw stale(current, expectedVersion);
        }
        var rows = head == null ? null : ContactRows.read(em, owner);
        var changed = change.apply(rows == null ? ContactList.empty(owner) : rows.toList(current));
        if (head == null) {
            head = create(owner);
            rows = ContactRows.read(em, owner);
        }
        long next = head.advance();
        rows.write(changed);
        em.flush();
        return changed.withVersion(next);
    }

    /** The head row of a first list; a first list stored meanwhile by another device is a conflict. */
    private ContactOwnerEntity create(String owner) {
        var head = new ContactOwnerEntity(owner);
        try {
            em.persist(head);
            em.flush();
        } catch (PersistenceException e) {
            throw stale(1, 0);
        }
        return head;
    }

    private static ParleyException.Conflict stale(long current, long expected) {
        return new ParleyException.Conflict("The contact list changed meanwhile (it is at version " + current
                + ", the change was made against version " + expected + "); read it again and retry");
    }
}
