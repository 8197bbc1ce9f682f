package org.parley.meetings.jpa;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** One event of a meeting's log, keyed by meeting and number. */
@Entity
@Table(name = "MEETING_EVENT")
@IdClass(MeetingEventEntity.Key.class)
public class MeetingEventEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String meetingId;
        public long seq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.meetingId, meetingId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, seq);
        }
    }

    @Id
    @Column(length = 32)
    public String meetingId;

    @Id
    public long seq;

    @Column(name = "EVENT_AT")
    public long at;

    @Column(length = 32, nullable = false)
    public String type;

    @Column(length = 160, nullable = false)
    public String actor;

    /** Recipients (space-separated participant ids), empty for everyone. */
    @Column(length = 4000, nullable = false)
    public String recipients;

    @Lob
    @Column(nullable = false)
    public String body;

    public MeetingEventEntity() {
    }
}
