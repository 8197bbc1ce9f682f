package org.parley.presence.jpa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The last presence a user set, one row per user. */
@Entity
@Table(name = "PRESENCE")
public class PresenceEntity {

    @Id
    @Column(name = "USER_ID", length = 64)
    private String userId;

    @Column(name = "AVAILABILITY", length = 32, nullable = false)
    private String availability;

    @Column(name = "STATUS_MESSAGE", length = 256, nullable = false)
    private String message;

    @Column(name = "SINCE", nullable = false)
    private Instant since;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected PresenceEntity() {
    }

    PresenceEntity(String userId) {
        this.userId = userId;
    }

    String userId() { return userId; }
    String availability() { return availability; }
    String message() { return message; }
    Instant since() { return since; }

    void update(String availability, String message, Instant since) {
        this.availability = availability;
        this.message = message;
        this.since = since;
    }
}
