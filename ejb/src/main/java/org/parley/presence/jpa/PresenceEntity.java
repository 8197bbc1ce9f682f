package org.parley.presence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A person's presence: what they chose and what others see; one row per person. */
@Entity
@Table(name = "PRESENCE_STATE", indexes = @Index(name = "PRESENCE_STATE_SHOWN", columnList = "SHOWN"))
public class PresenceEntity {

    @Id
    @Column(name = "USER_ID", length = 64)
    private String userId;

    @Column(name = "CHOSEN", length = 16, nullable = false)
    private String chosen;

    @Column(name = "SHOWN", length = 16, nullable = false)
    private String shown;

    @Column(name = "STATUS_MESSAGE", length = 256, nullable = false)
    private String message;

    @Column(name = "LOCATION", length = 128, nullable = false)
    private String location;

    @Column(name = "TIME_ZONE", length = 64, nullable = false)
    private String timeZone;

    @Column(name = "SINCE", nullable = false)
    private long since; // epoch milliseconds

    @Column(name = "REVISION", nullable = false)
    private long revision;

    protected PresenceEntity() {
    }

    PresenceEntity(String userId) {
        this.userId = userId;
    }

    /** Changes go through this method so that the persistence provider sees them. */
    void update(String chosen, String shown, String message, String location, String timeZone, long since,
            long revision) {
        this.chosen = chosen;
        this.shown = shown;
        this.message = message;
        this.location = location;
        this.timeZone = timeZone;
        this.since = since;
        this.revision = revision;
    }

    String userId() { return userId; }
    String chosen() { return chosen; }
    String shown() { return shown; }
    String message() { return message; }
    String location() { return location; }
    String timeZone() { return timeZone; }
    long since() { return since; }
    long revision() { return revision; }
}
