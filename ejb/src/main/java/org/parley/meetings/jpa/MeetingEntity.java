package org.parley.meetings.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A meeting's row; its invitees are a space-separated list of user ids. */
@Entity
@Table(name = "MEETING")
public class MeetingEntity {

    @Id
    @Column(length = 32)
    public String id;

    @Column(length = 16, nullable = false)
    public String kind;

    @Column(length = 400, nullable = false)
    public String title;

    @Column(length = 128, nullable = false)
    public String owner;

    public long startsAt;

    public int durationMinutes;

    @Column(length = 32000)
    public String invitees;

    @Column(length = 200)
    public String passwordHash;

    public long created;

    /** When it ended (epoch milliseconds), or 0. */
    public long ended;

    /** The number of the last event in its log. */
    public long lastSeq;

    public MeetingEntity() {
    }
}
