package org.parley.presence.jpa;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.jpa.InLists;
import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceStore;
import org.parley.presence.StoredPresence;

/** Presence kept in the relational database through JPA; changes join the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPresenceStore implements PresenceStore {


    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredPresence> find(String user) {
        return Optional.ofNullable(em.find(PresenceEntity.class, user)).map(JpaPresenceStore::toStored);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, StoredPresence> findAll(Collection<String> users) {
        return rows(users, null);
    }

    /** The stored rows of the ids, one query per chunk of ids in their order, locked when a lock mode is given. */
    private Map<String, StoredPresence> rows(Collection<String> ids, LockModeType lock) {
        var result = new HashMap<String, StoredPresence>();
        for (var chunk : InLists.chunks(ids)) {
            var query = em.createQuery("SELECT p FROM PresenceEntity p WHERE p.userId IN :ids", PresenceEntity.class)
                    .setParameter("ids", chunk);
            if (lock != null) {
                // The batch's own pending writes do not change who is locked: no flush first.
                query.setLockMode(lock).setFlushMode(FlushModeType.COMMIT);
            }
            query.getResultList().forEach(e -> result.put(e.userId(), toStored(e)));
        }
        return result;
    }

    @Override
    public Map<String, StoredPresence> lockAll(SortedSet<String> users) {
        // One locking query per chunk of ids, chunks in id order. Within a query the database
        // probes the IN list in sorted order (Derby does, on the primary key), so rows are locked
        // in id order; should a database lock otherwise and two servers deadlock, the batch
        // fails, its changes are tried again and the lock timeout bounds the wait.
        var result = rows(users, LockModeType.PESSIMISTIC_WRITE);
        for (var user : users) {
            if (!result.containsKey(user)) {
                var initial = StoredPresence.initial(user);
                var entity = new PresenceEntity(user);
                copy(initial, entity);
                // Inserted at commit: should another server insert the same person first, this
                // transaction fails on the key and its changes are tried again, then finding the row.
                em.persist(entity);
                result.put(user, initial);
            }
        }
        return result;
    }

    @Override
    public StoredPresence save(StoredPresence presence) {
        var entity = em.find(PresenceEntity.class, presence.shown().user());
        if (entity == null) {
            entity = new PresenceEntity(presence.shown().user());
            copy(presence, entity);
            em.persist(entity);
        } else {
            copy(presence, entity);
        }
        return presence;
    }

    private static void copy(StoredPresence from, PresenceEntity to) {
        var p = from.shown();
        to.update(from.chosen().name(), p.availability().name(), p.message(), p.location(), p.timeZone(),
                p.since().toEpochMilli(), p.revision());
    }

    private static StoredPresence toStored(PresenceEntity e) {
        return new StoredPresence(Availability.valueOf(e.chosen()), new Presence(e.userId(),
                Availability.valueOf(e.shown()), e.message(), e.location(), e.timeZone(),
                Instant.ofEpochMilli(e.since()), e.revision()));
    }
}
