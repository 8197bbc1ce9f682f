package org.parley.telephony.jpa;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.jpa.InLists;
import org.parley.telephony.Registration;
import org.parley.telephony.RegistrationStore;

/** Registrar bindings in the relational database. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaRegistrationStore implements RegistrationStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Registration> find(String id) {
        return Optional.ofNullable(em.find(RegistrationEntity.class, id)).map(JpaRegistrationStore::toRecord);
    }

    @Override
    public void save(Registration r) {
        saveAll(List.of(r));
    }

    @Override
    public void saveAll(List<Registration> registrations) {
        var entities = new HashMap<String, RegistrationEntity>();
        for (var ids : InLists.chunks(registrations.stream().map(Registration::id).distinct().toList())) {
            em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.id IN :ids", RegistrationEntity.class)
                    .setParameter("ids", ids).getResultStream().forEach(e -> entities.put(e.id(), e));
        }
        for (var r : registrations) {
            var entity = entities.get(r.id());
            if (entity == null) {
                entity = new RegistrationEntity(r.id());
                em.persist(entity);
                entities.put(r.id(), entity);
            }
            entity.fill(r.user(), r.contact(), r.callId(), r.cseq(), r.expires().toEpochMilli(), r.userAgent(),
                    r.serverId());
        }
        em.flush();
    }

    @Override
    public void remove(String id) {
        var entity = em.find(RegistrationEntity.class, id);
        if (entity != null) {
            em.remove(entity);
            em.flush();
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> ofUser(String user) {
        return em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.userId = :user ORDER BY r.expires DESC",
                RegistrationEntity.class).setParameter("user", user).getResultStream()
                .map(JpaRegistrationStore::toRecord).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> expiredBefore(Instant cutoff) {
        return em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.expires < :cutoff", RegistrationEntity.class)
                .setParameter("cutoff", cutoff.toEpochMilli()).setMaxResults(10_000).getResultStream()
                .map(JpaRegistrationStore::toRecord).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> liveOf(String serverId, Instant now) {
        return em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.serverId = :server AND r.expires >= :now",
                RegistrationEntity.class).setParameter("server", serverId).setParameter("now", now.toEpochMilli())
                .getResultStream().map(JpaRegistrationStore::toRecord).toList();
    }

    private static Registration toRecord(RegistrationEntity e) {
        return new Registration(e.id(), e.userId(), e.contact(), e.callId(), e.cseq(), Instant.ofEpochMilli(e.expires()),
                e.userAgent(), e.serverId());
    }
}
