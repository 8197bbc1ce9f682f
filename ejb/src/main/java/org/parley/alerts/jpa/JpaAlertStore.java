package org.parley.alerts.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.jpa.InLists;
import org.parley.alerts.Alert;
import org.parley.alerts.AlertKind;
import org.parley.alerts.AlertStore;
import org.parley.presence.Availability;
import org.parley.presence.Presence;

/** Alerts in the relational database; changes join the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaAlertStore implements AlertStore {


    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Alert add(String watcher, String target, AlertKind kind) {
        var entity = new AlertEntity(watcher, target, kind.name(), Instant.now().toEpochMilli());
        em.persist(entity);
        em.flush();
        return toAlert(entity);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Alert> ofWatcher(String watcher) {
        return em.createQuery("SELECT a FROM AlertEntity a WHERE a.watcher = :w ORDER BY a.id", AlertEntity.class)
                .setParameter("w", watcher).getResultList().stream().map(JpaAlertStore::toAlert).toList();
    }

    @Override
    public List<Alert> waitingOn(Collection<String> targets) {
        // Called once per batch of presence changes: the batch's pending presence writes do not
        // concern alerts, so the query does not flush them.
        var result = new ArrayList<Alert>();
        for (var chunk : InLists.chunks(targets)) {
            em.createQuery("SELECT a FROM AlertEntity a WHERE a.target IN :t AND a.firedAt IS NULL ORDER BY a.id",
                            AlertEntity.class).setParameter("t", chunk)
                    .setFlushMode(FlushModeType.COMMIT).getResultList().forEach(e -> result.add(toAlert(e)));
        }
        return result;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Alert> find(long id) {
        return Optional.ofNullable(em.find(AlertEntity.class, id)).map(JpaAlertStore::toAlert);
    }

    @Override
    public void markFired(long id, Presence presence) {
        var entity = em.find(AlertEntity.class, id);
        if (entity != null) {
            entity.fire(presence.since().toEpochMilli(), presence.availability().name(), presence.message());
        }
    }

    @Override
    public boolean remove(long id) {
        var entity = em.find(AlertEntity.class, id);
        if (entity == null) {
            return false;
        }
        em.remove(entity);
        return true;
    }

    private static Alert toAlert(AlertEntity e) {
        Optional<Presence> fired = e.firedAt() == null ? Optional.empty()
                : Optional.of(new Presence(e.target(), Availability.valueOf(e.firedStatus()), e.firedMessage(), "", "",
                        Instant.ofEpochMilli(e.firedAt()), 0));
        return new Alert(e.id(), e.watcher(), e.target(), AlertKind.valueOf(e.kind()), Instant.ofEpochMilli(e.created()),
                fired);
    }
}
