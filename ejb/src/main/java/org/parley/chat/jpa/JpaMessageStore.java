package org.parley.chat.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.chat.ChatMessage;
import org.parley.chat.FileRef;
import org.parley.chat.MessageStore;

/** Messages in the relational database; writes join the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaMessageStore implements MessageStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public void add(ChatMessage m) {
        var e = new MessageEntity(m.id());
        e.conversationId = m.conversationId();
        e.seq = m.seq();
        e.sender = m.sender();
        e.sent = m.sent().toEpochMilli();
        e.clientId = m.clientId().isEmpty() ? null : m.clientId();
        e.html = m.html();
        e.text = m.text();
        if (m.file() != null) {
            e.fileId = m.file().id();
            e.fileName = m.file().name();
            e.fileType = m.file().mediaType();
            e.fileSize = m.file().size();
        }
        em.persist(e);
        em.flush();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChatMessage> byClientId(String conversationId, String sender, String clientId) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.conversationId = :c AND m.sender = :s"
                + " AND m.clientId = :id", MessageEntity.class)
                .setParameter("c", conversationId).setParameter("s", sender).setParameter("id", clientId)
                .getResultList().stream().findFirst().map(JpaMessageStore::toMessage);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChatMessage> before(String conversationId, long beforeSeq, int limit) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.conversationId = :c AND m.seq < :before"
                + " ORDER BY m.seq DESC", MessageEntity.class)
                .setParameter("c", conversationId).setParameter("before", beforeSeq).setMaxResults(limit)
                .getResultList().stream().map(JpaMessageStore::toMessage).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChatMessage> after(String conversationId, long afterSeq, int limit) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.conversationId = :c AND m.seq > :after"
                + " ORDER BY m.seq", MessageEntity.class)
                .setParameter("c", conversationId).setParameter("after", afterSeq).setMaxResults(limit)
                .getResultList().stream().map(JpaMessageStore::toMessage).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChatMessage> search(String user, String lowerCaseNeedle, int limit) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.conversationId IN"
                + " (SELECT b.conversationId FROM MemberEntity b WHERE b.userId = :user)"
                + " AND LOCATE(:needle, LOWER(m.text)) > 0 ORDER BY m.sent DESC, m.seq DESC", MessageEntity.class)
                .setParameter("user", user).setParameter("needle", lowerCaseNeedle).setMaxResults(limit)
                .getResultList().stream().map(JpaMessageStore::toMessage).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChatMessage> withFile(String conversationId, String fileId) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.conversationId = :c AND m.fileId = :f",
                MessageEntity.class).setParameter("c", conversationId).setParameter("f", fileId)
                .getResultList().stream().findFirst().map(JpaMessageStore::toMessage);
    }

    @Override
    public List<ChatMessage> purge(Instant cutoff, int batch) {
        var old = em.createQuery("SELECT m FROM MessageEntity m WHERE m.sent < :cutoff ORDER BY m.sent",
                MessageEntity.class).setParameter("cutoff", cutoff.toEpochMilli()).setMaxResults(batch).getResultList();
        var gone = old.stream().map(JpaMessageStore::toMessage).toList();
        old.forEach(em::remove);
        em.flush();
        return gone;
    }

    static ChatMessage toMessage(MessageEntity e) {
        var file = e.fileId == null ? null : new FileRef(e.fileId, e.fileName, e.fileType, e.fileSize);
        return new ChatMessage(e.id, e.conversationId, e.seq, e.sender, Instant.ofEpochMilli(e.sent), e.clientId,
                e.html, e.text, file);
    }
}
