package org.parley.chat.jpa;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.chat.Announcement;
import org.parley.chat.AnnouncementStore;

/** Announcements in the relational database. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaAnnouncementStore implements AnnouncementStore {

    /** The most announcements one listing reads. */
    private static final int MAX_LISTED = 500;

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public void add(Announcement a) {
        var e = new AnnouncementEntity(a.id());
        e.author = a.author();
        e.group = a.group();
        e.html = a.html();
        e.text = a.text();
        e.sent = a.sent().toEpochMilli();
        em.persist(e);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Announcement> since(Instant after) {
        return em.createQuery("SELECT a FROM AnnouncementEntity a WHERE a.sent > :after ORDER BY a.sent DESC",
                AnnouncementEntity.class).setParameter("after", after.toEpochMilli()).setMaxResults(MAX_LISTED)
                .getResultList().stream()
                .map(e -> new Announcement(e.id, e.author, e.group, e.html, e.text, Instant.ofEpochMilli(e.sent)))
                .toList();
    }

    @Override
    public int purge(Instant cutoff) {
        return em.createQuery("DELETE FROM AnnouncementEntity a WHERE a.sent < :cutoff")
                .setParameter("cutoff", cutoff.toEpochMilli()).executeUpdate();
    }
}
