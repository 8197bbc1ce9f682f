package org.parley.alerts.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** An alert, waiting or fired. */
@Entity
@Table(name = "PRESENCE_ALERT", indexes = {
        @Index(name = "PRESENCE_ALERT_TARGET", columnList = "TARGET_ID"),
        @Index(name = "PRESENCE_ALERT_WATCHER", columnList = "WATCHER_ID")})
public class AlertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "WATCHER_ID", length = 64, nullable = false)
    private String watcher;

    @Column(name = "TARGET_ID", length = 64, nullable = false)
    private String target;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "CREATED", nullable = false)
    private long created;

    @Column(name = "FIRED_AT")
    private Long firedAt;

    @Column(name = "FIRED_STATUS", length = 16)
    private String firedStatus;

    @Column(name = "FIRED_MESSAGE", length = 256)
    private String firedMessage;

    protected AlertEntity() {
    }

    AlertEntity(String watcher, String target, String kind, long created) {
        this.watcher = watcher;
        this.target = target;
        this.kind = kind;
        this.created = created;
    }

    /** Changes go through this method so that the persistence provider sees them. */
    void fire(long at, String status, String message) {
        this.firedAt = at;
        this.firedStatus = status;
        this.firedMessage = message;
    }

    Long id() { return id; }
    String watcher() { return watcher; }
    String target() { return target; }
    String kind() { return kind; }
    long created() { return created; }
    Long firedAt() { return firedAt; }
    String firedStatus() { return firedStatus; }
    String firedMessage() { return firedMessage; }
}
