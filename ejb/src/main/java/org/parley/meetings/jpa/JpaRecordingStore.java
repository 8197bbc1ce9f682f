package org.parley.meetings.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.meetings.Recording;
import org.parley.meetings.RecordingStore;

/** Recordings in the relational database; changes join the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaRecordingStore implements RecordingStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public void started(Recording r, long fromSeq, String initialState) {
        var e = new RecordingEntity();
        e.id = r.id();
        e.meetingId = r.meeting();
        e.title = r.title();
        e.owner = r.owner();
        e.startedAt = r.startedAt().toEpochMilli();
        e.fromSeq = fromSeq;
        e.initialState = initialState;
        em.persist(e);
    }

    @Override
    public void stopped(String id, Instant at, int events, String document) {
        var e = em.find(RecordingEntity.class, id);
        e.stoppedAt = at.toEpochMilli();
        e.events = events;
        e.document = document;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Recording> find(String id) {
        return Optional.ofNullable(em.find(RecordingEntity.class, id)).map(JpaRecordingStore::toRecording);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> document(String id) {
        return Optional.ofNullable(em.find(RecordingEntity.class, id)).map(e -> e.document);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Start> start(String id) {
        return Optional.ofNullable(em.find(RecordingEntity.class, id)).map(e -> new Start(e.fromSeq, e.initialState));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recording> ofMeeting(String meeting) {
        return em.createQuery("SELECT r FROM RecordingEntity r WHERE r.meetingId = :m ORDER BY r.startedAt",
                RecordingEntity.class).setParameter("m", meeting).getResultStream().map(JpaRecordingStore::toRecording).toList();
    }

    @Override
    public void delete(String id) {
        var e = em.find(RecordingEntity.class, id);
        if (e != null) {
            em.remove(e);
        }
    }

    @Override
    public int deleteStartedBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM RecordingEntity r WHERE r.startedAt < :c AND r.stoppedAt > 0")
                .setParameter("c", cutoff.toEpochMilli()).executeUpdate();
    }

    private static Recording toRecording(RecordingEntity e) {
        return new Recording(e.id, e.meetingId, e.title, e.owner, Instant.ofEpochMilli(e.startedAt),
                e.stoppedAt == 0 ? null : Instant.ofEpochMilli(e.stoppedAt), e.events);
    }
}
