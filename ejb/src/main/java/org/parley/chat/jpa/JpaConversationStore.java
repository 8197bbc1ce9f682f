package org.parley.chat.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.chat.Backlog;
import org.parley.chat.Conversation;
import org.parley.chat.ConversationKind;
import org.parley.chat.ConversationStore;
import org.parley.chat.ConversationView;

/** Conversations and members in the relational database; changes join the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaConversationStore implements ConversationStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Conversation> find(String id) {
        return Optional.ofNullable(em.find(ConversationEntity.class, id)).map(JpaConversationStore::toConversation);
    }

    @Override
    public Optional<Conversation> lock(String id) {
        return Optional.ofNullable(em.find(ConversationEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(JpaConversationStore::toConversation);
    }

    @Override
    public void create(Conversation c, Set<String> members) {
        var e = new ConversationEntity(c.id());
        e.kind = c.kind().name();
        e.title = c.title();
        e.createdBy = c.createdBy();
        e.created = c.created().toEpochMilli();
        e.lastActive = e.created;
        e.lastSeq = c.lastSeq();
        e.originId = c.originId();
        e.originSeq = c.originSeq();
        em.persist(e);
        members.forEach(user -> em.persist(new MemberEntity(c.id(), user, 0)));
        em.flush();
    }

    @Override
    public void setLastSeq(String id, long seq) {
        var e = em.find(ConversationEntity.class, id);
        e.lastSeq = seq;
        e.lastActive = Instant.now().toEpochMilli();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> members(String id) {
        return Set.copyOf(em.createQuery("SELECT m.userId FROM MemberEntity m WHERE m.conversationId = :id", String.class)
                .setParameter("id", id).getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isMember(String id, String user) {
        return em.find(MemberEntity.class, new MemberKey(id, user)) != null;
    }

    @Override
    public void addMembers(String id, Set<String> users) {
        for (var user : users) {
            if (em.find(MemberEntity.class, new MemberKey(id, user)) == null) {
                em.persist(new MemberEntity(id, user, 0));
            }
        }
        em.flush();
    }

    @Override
    public boolean removeMember(String id, String user) {
        var m = em.find(MemberEntity.class, new MemberKey(id, user));
        if (m == null) {
            return false;
        }
        em.remove(m);
        em.flush();
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConversationView> ofUser(String user) {
        var rows = em.createQuery("SELECT c, m FROM ConversationEntity c, MemberEntity m WHERE m.userId = :user"
                + " AND m.conversationId = c.id ORDER BY c.lastActive DESC", Object[].class)
                .setParameter("user", user).getResultList();
        var views = new ArrayList<ConversationView>(rows.size());
        for (var row : rows) {
            var c = (ConversationEntity) row[0];
            var m = (MemberEntity) row[1];
            views.add(new ConversationView(toConversation(c), members(c.id), m.deliveredSeq, m.readSeq));
        }
        return views;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConversationView> view(String id, String user) {
        var c = em.find(ConversationEntity.class, id);
        var m = em.find(MemberEntity.class, new MemberKey(id, user));
        if (c == null || m == null) {
            return Optional.empty();
        }
        return Optional.of(new ConversationView(toConversation(c), members(id), m.deliveredSeq, m.readSeq));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Backlog> undelivered(String user) {
        return em.createQuery("SELECT m.conversationId, m.deliveredSeq FROM ConversationEntity c, MemberEntity m"
                + " WHERE m.userId = :user AND m.conversationId = c.id AND c.lastSeq > m.deliveredSeq"
                + " ORDER BY c.lastActive", Object[].class)
                .setParameter("user", user).getResultList().stream()
                .map(r -> new Backlog((String) r[0], ((Number) r[1]).longValue(), List.of(), false)).toList();
    }

    @Override
    public boolean advanceDelivered(String id, String user, long seq) {
        var m = em.find(MemberEntity.class, new MemberKey(id, user), LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.deliveredSeq >= seq) {
            return false;
        }
        m.deliveredSeq = seq;
        return true;
    }

    @Override
    public boolean advanceRead(String id, String user, long seq) {
        var m = em.find(MemberEntity.class, new MemberKey(id, user), LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.readSeq >= seq) {
            return false;
        }
        m.readSeq = seq;
        m.deliveredSeq = Math.max(m.deliveredSeq, seq);
        return true;
    }

    static Conversation toConversation(ConversationEntity e) {
        return new Conversation(e.id, ConversationKind.valueOf(e.kind), e.title, e.createdBy,
                Instant.ofEpochMilli(e.created), e.lastSeq, e.originId, e.originSeq);
    }

}
