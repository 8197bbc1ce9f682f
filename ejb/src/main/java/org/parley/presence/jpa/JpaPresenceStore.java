package org.parley.presence.jpa;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.presence.Availability;
import org.parley.presence.Presence;
import org.parley.presence.PresenceStore;

/** Presence kept in the relational database through JPA; joins the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPresenceStore implements PresenceStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Presence> find(String user) {
        return Optional.ofNullable(em.find(PresenceEntity.class, user)).map(JpaPresenceStore::toPresence);
    }

    @Override
    public Presence save(Presence presence) {
        var entity = em.find(PresenceEntity.class, presence.user());
        if (entity == null) {
            entity = new PresenceEntity(presence.user());
            em.persist(entity);
        }
        entity.update(presence.availability().name(), presence.message(), presence.since());
        em.flush();
        return toPresence(entity);
    }

    private static Presence toPresence(PresenceEntity e) {
        return new Presence(e.userId(), Availability.valueOf(e.availability()), e.message(), e.since());
    }
}
