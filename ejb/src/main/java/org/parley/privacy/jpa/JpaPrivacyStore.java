package org.parley.privacy.jpa;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.error.ParleyException;
import org.parley.privacy.PrivacySettings;
import org.parley.privacy.PrivacyStore;
import org.parley.privacy.Visibility;

/** Privacy lists in the relational database; a change checks the version it was made against. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPrivacyStore implements PrivacyStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PrivacySettings> find(String owner) {
        return Optional.ofNullable(em.find(PrivacyEntity.class, owner)).map(JpaPrivacyStore::toSettings);
    }

    @Override
    public PrivacySettings save(String owner, PrivacySettings settings, long expectedVersion) {
        var entity = em.find(PrivacyEntity.class, owner, LockModeType.PESSIMISTIC_WRITE);
        long current = entity == null ? 0 : entity.version();
        if (current != expectedVersion) {
            throw new ParleyException.Conflict("The privacy lists changed meanwhile (version " + current
                    + ", not " + expectedVersion + "); read them again and retry");
        }
        if (entity == null) {
            entity = new PrivacyEntity(owner);
            fill(entity, settings);
            em.persist(entity);
        } else {
            fill(entity, settings);
        }
        em.flush();
        return toSettings(entity);
    }

    private static void fill(PrivacyEntity e, PrivacySettings s) {
        e.replace(s.visibility().name(), s.list(), s.dndExceptions());
    }

    private static PrivacySettings toSettings(PrivacyEntity e) {
        return new PrivacySettings(Visibility.valueOf(e.visibility()), e.list(), e.dndExceptions(), e.version());
    }
}
