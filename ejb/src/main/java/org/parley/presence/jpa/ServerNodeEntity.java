package org.parley.presence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A server of the deployment and when it last said it was alive. */
@Entity
@Table(name = "SERVER_NODE")
public class ServerNodeEntity {

    @Id
    @Column(name = "SERVER_ID", length = 64)
    private String serverId;

    @Column(name = "HEARTBEAT", nullable = false)
    private long heartbeat; // epoch milliseconds

    protected ServerNodeEntity() {
    }

    ServerNodeEntity(String serverId, long heartbeat) {
        this.serverId = serverId;
        this.heartbeat = heartbeat;
    }

    /** Changes go through this method so that the persistence provider sees them. */
    void beat(long at) {
        this.heartbeat = at;
    }
}
