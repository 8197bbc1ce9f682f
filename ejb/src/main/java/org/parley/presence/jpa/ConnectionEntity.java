package org.parley.presence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One open connection of a person to one server. */
@Entity
@Table(name = "PRESENCE_CONNECTION", indexes = {
        @Index(name = "PRESENCE_CONNECTION_USER", columnList = "USER_ID"),
        @Index(name = "PRESENCE_CONNECTION_SERVER", columnList = "SERVER_ID")})
public class ConnectionEntity {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Column(name = "USER_ID", length = 64, nullable = false)
    private String userId;

    @Column(name = "SERVER_ID", length = 64, nullable = false)
    private String serverId;

    @Column(name = "OPENED", nullable = false)
    private long opened; // epoch milliseconds

    @Column(name = "IDLE", nullable = false)
    private boolean idle;

    protected ConnectionEntity() {
    }

    ConnectionEntity(String id, String userId, String serverId, long opened, boolean idle) {
        this.id = id;
        this.userId = userId;
        this.serverId = serverId;
        this.opened = opened;
        this.idle = idle;
    }

    /** Changes go through this method so that the persistence provider sees them. */
    void markIdle(boolean value) {
        this.idle = value;
    }

    String id() { return id; }
    String userId() { return userId; }
    String serverId() { return serverId; }
    long opened() { return opened; }
    boolean idle() { return idle; }
}
