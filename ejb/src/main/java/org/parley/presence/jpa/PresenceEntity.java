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
    String userId;

    @Column(name = "CHOSEN", length = 16, nullable = false)
    String chosen;

    @Column(name = "SHOWN", length = 16, nullable = false)
    String shown;

    @Column(name = "STATUS_MESSAGE", length = 256, nullable = false)
    String message;

    @Column(name = "LOCATION", length = 128, nullable = false)
    String location;

    @Column(name = "TIME_ZONE", length = 64, nullable = false)
    String timeZone;

    @Column(name = "SINCE", nullable = false)
    long since; // epoch milliseconds

    @Column(name = "REVISION", nullable = false)
    long revision;

    protected PresenceEntity() {
    }

    PresenceEntity(String userId) {
        this.userId = userId;
    }
}
