package org.parley.presence.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.jpa.InLists;
import org.parley.presence.Connection;
import org.parley.presence.ConnectionStore;

/** Open connections and server heartbeats in the relational database, shared by every server. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaConnectionStore implements ConnectionStore {


    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public void add(Connection c) {
        em.persist(new ConnectionEntity(c.id(), c.user(), c.serverId(), c.opened().toEpochMilli(), c.idle()));
    }

    @Override
    public Optional<Connection> remove(String id) {
        var entity = em.find(ConnectionEntity.class, id);
        if (entity == null) {
            return Optional.empty();
        }
        em.remove(entity);
        return Optional.of(toConnection(entity));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Connection> find(String id) {
        return Optional.ofNullable(em.find(ConnectionEntity.class, id)).map(JpaConnectionStore::toConnection);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Connection> ofUser(String user) {
        return em.createQuery("SELECT c FROM ConnectionEntity c WHERE c.userId = :user", ConnectionEntity.class)
                .setParameter("user", user).getResultList().stream().map(JpaConnectionStore::toConnection).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Connection>> ofUsers(Collection<String> users) {
        var result = new HashMap<String, List<Connection>>();
        for (var chunk : InLists.chunks(users)) {
            em.createQuery("SELECT c FROM ConnectionEntity c WHERE c.userId IN :users", ConnectionEntity.class)
                    .setParameter("users", chunk)
                    .getResultList()
                    .forEach(e -> result.computeIfAbsent(e.userId(), u -> new ArrayList<>()).add(toConnection(e)));
        }
        return result;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Connection> ofServer(String serverId, Instant openedBefore) {
        return openedBefore(serverId, openedBefore).stream().map(JpaConnectionStore::toConnection).toList();
    }

    private List<ConnectionEntity> openedBefore(String serverId, Instant cutoff) {
        return em.createQuery("SELECT c FROM ConnectionEntity c WHERE c.serverId = :server AND c.opened < :cutoff",
                        ConnectionEntity.class)
                .setParameter("server", serverId).setParameter("cutoff", cutoff.toEpochMilli()).getResultList();
    }

    @Override
    public void setIdle(String id, boolean idle) {
        var entity = em.find(ConnectionEntity.class, id);
        if (entity != null) {
            entity.markIdle(idle);
        }
    }

    @Override
    public List<Connection> removeAllOf(String serverId, Instant openedBefore) {
        var entities = openedBefore(serverId, openedBefore);
        entities.forEach(em::remove);
        return entities.stream().map(JpaConnectionStore::toConnection).toList();
    }

    @Override
    public boolean heartbeat(String serverId, Instant now) {
        var node = em.find(ServerNodeEntity.class, serverId);
        if (node == null) {
            em.persist(new ServerNodeEntity(serverId, now.toEpochMilli()));
            return false;
        }
        node.beat(now.toEpochMilli());
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> silentSince(Instant cutoff) {
        return em.createQuery("SELECT n.serverId FROM ServerNodeEntity n WHERE n.heartbeat < :cutoff", String.class)
                .setParameter("cutoff", cutoff.toEpochMilli()).getResultList();
    }

    @Override
    public void forget(String serverId) {
        var node = em.find(ServerNodeEntity.class, serverId);
        if (node != null) {
            em.remove(node);
        }
    }

    private static Connection toConnection(ConnectionEntity e) {
        return new Connection(e.id(), e.userId(), e.serverId(), Instant.ofEpochMilli(e.opened()), e.idle());
    }
}
