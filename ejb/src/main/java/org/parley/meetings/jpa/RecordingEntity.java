package org.parley.meetings.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A recording: its facts, the room's state when it started, and (once stopped) its document. */
@Entity
@Table(name = "MEETING_RECORDING")
public class RecordingEntity {

    @Id
    @Column(length = 40)
    public String id;

    @Column(length = 32, nullable = false)
    public String meetingId;

    @Column(length = 400, nullable = false)
    public String title;

    @Column(length = 160, nullable = false)
    public String owner;

    public long startedAt;

    /** When it stopped (epoch milliseconds), or 0 while it runs. */
    public long stoppedAt;

    public int events;

    /** The number of the log's event that started it. */
    public long fromSeq;

    @Lob
    public String initialState;

    @Lob
    public String document;

    public RecordingEntity() {
    }
}
