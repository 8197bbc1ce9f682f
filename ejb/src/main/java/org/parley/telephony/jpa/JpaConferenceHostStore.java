package org.parley.telephony.jpa;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.telephony.ConferenceHost;
import org.parley.telephony.ConferenceHostStore;

/**
 * Conference leases in the shared database, each operation in its own transaction so that a
 * lease is visible to the other servers as soon as it is taken. A claim locks the row it reads;
 * two servers inserting the same new conference at once make one of them fail on the key, and
 * that one reads the winner on its retry.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaConferenceHostStore implements ConferenceHostStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConferenceHost> find(String conference) {
        return Optional.ofNullable(em.find(ConferenceHostEntity.class, conference)).map(JpaConferenceHostStore::host);
    }

    @Override
    public ConferenceHost claim(String conference, String server, String address, Instant now, Duration timeout) {
        var row = em.find(ConferenceHostEntity.class, conference, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new ConferenceHostEntity(conference, server, address, now.toEpochMilli());
            em.persist(row);
            em.flush();
        } else if (row.serverId().equals(server) || !host(row).holds(now, timeout)) {
            row.takenBy(server, address, now.toEpochMilli());
        }
        return host(row);
    }

    @Override
    public void renew(String server, Set<String> running, Instant now) {
        var mine = em.createQuery("SELECT h FROM ConferenceHostEntity h WHERE h.serverId = :server",
                ConferenceHostEntity.class).setParameter("server", server).getResultList();
        for (var row : mine) {
            if (running.contains(row.id())) {
                row.takenBy(server, row.address(), now.toEpochMilli());
            } else {
                em.remove(row);
            }
        }
    }

    private static ConferenceHost host(ConferenceHostEntity row) {
        return new ConferenceHost(row.id(), row.serverId(), row.address(), Instant.ofEpochMilli(row.renewed()));
    }
}
