package org.parley.meetings.jpa;

import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.parley.error.ParleyException;
import org.parley.meetings.Meeting;
import org.parley.meetings.MeetingEvent;
import org.parley.meetings.MeetingKind;
import org.parley.meetings.MeetingStore;

/** Meetings and their event logs in the relational database; changes join the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaMeetingStore implements MeetingStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public void create(Meeting m) {
        var e = new MeetingEntity();
        e.id = m.id();
        e.kind = m.kind().name();
        e.title = m.title();
        e.owner = m.owner();
        e.startsAt = m.startsAt().toEpochMilli();
        e.durationMinutes = m.durationMinutes();
        e.invitees = " " + String.join(" ", m.invitees()) + " ";
        e.passwordHash = m.passwordHash();
        e.created = m.created().toEpochMilli();
        em.persist(e);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Meeting> find(String id) {
        return Optional.ofNullable(em.find(MeetingEntity.class, id)).map(JpaMeetingStore::toMeeting);
    }

    @Override
    public Optional<Locked> lock(String id) {
        try {
            return Optional.ofNullable(em.find(MeetingEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                    .map(e -> new Locked(toMeeting(e), e.lastSeq));
        } catch (PessimisticLockException | LockTimeoutException e) {
            // Changes to one room wait for each other; too long a queue is the server's overload, not the caller's fault.
            throw new ParleyException.Unavailable("The meeting room is busy; try again shortly");
        }
    }

    @Override
    public void append(String meetingId, List<MeetingEvent> events) {
        var meeting = em.find(MeetingEntity.class, meetingId);
        for (var event : events) {
            var e = new MeetingEventEntity();
            e.meetingId = meetingId;
            e.seq = event.seq();
            e.at = event.at().toEpochMilli();
            e.type = event.type();
            e.actor = event.by();
            e.recipients = String.join(" ", event.to());
            e.body = event.body().toString();
            em.persist(e);
            meeting.lastSeq = Math.max(meeting.lastSeq, event.seq());
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingEvent> eventsAfter(String meetingId, long afterSeq) {
        return eventsBetween(meetingId, afterSeq + 1, Long.MAX_VALUE);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingEvent> eventsBetween(String meetingId, long fromSeq, long toSeq) {
        return em.createQuery("SELECT e FROM MeetingEventEntity e WHERE e.meetingId = :m AND e.seq >= :from"
                        + " AND e.seq <= :to ORDER BY e.seq", MeetingEventEntity.class)
                .setParameter("m", meetingId).setParameter("from", fromSeq).setParameter("to", toSeq)
                .getResultStream().map(JpaMeetingStore::toEvent).toList();
    }

    @Override
    public void markEnded(String id, Instant at) {
        em.find(MeetingEntity.class, id).ended = at.toEpochMilli();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Meeting> openFor(String user) {
        return em.createQuery("SELECT m FROM MeetingEntity m WHERE m.ended = 0 AND (m.owner = :u OR m.invitees LIKE :like)"
                        + " ORDER BY m.startsAt", MeetingEntity.class)
                .setParameter("u", user).setParameter("like", "% " + user + " %").setMaxResults(500)
                .getResultStream().map(JpaMeetingStore::toMeeting).toList();
    }

    @Override
    public int purgeEndedBefore(Instant cutoff) {
        var ids = em.createQuery("SELECT m.id FROM MeetingEntity m WHERE m.ended > 0 AND m.ended < :c", String.class)
                .setParameter("c", cutoff.toEpochMilli()).setMaxResults(100).getResultList();
        for (var id : ids) {
            em.createQuery("DELETE FROM MeetingEventEntity e WHERE e.meetingId = :m").setParameter("m", id).executeUpdate();
            em.remove(em.find(MeetingEntity.class, id));
        }
        return ids.size();
    }

    private static Meeting toMeeting(MeetingEntity e) {
        Set<String> invitees = new HashSet<>(Arrays.asList(e.invitees.strip().split(" +")));
        invitees.remove("");
        return new Meeting(e.id, MeetingKind.valueOf(e.kind), e.title, e.owner, Instant.ofEpochMilli(e.startsAt),
                e.durationMinutes, invitees, e.passwordHash, Instant.ofEpochMilli(e.created),
                e.ended == 0 ? null : Instant.ofEpochMilli(e.ended));
    }

    private static MeetingEvent toEvent(MeetingEventEntity e) {
        Set<String> to = e.recipients.isEmpty() ? Set.of() : Set.of(e.recipients.split(" "));
        try (var reader = Json.createReader(new StringReader(e.body))) {
            return new MeetingEvent(e.meetingId, e.seq, Instant.ofEpochMilli(e.at), e.type, e.actor, reader.readObject(), to);
        }
    }
}
