package org.parley.telephony.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The lease of the server that hosts one conference. */
@Entity
@Table(name = "CONFERENCE_HOST", indexes = @Index(name = "CONFERENCE_HOST_SERVER", columnList = "SERVER_ID"))
public class ConferenceHostEntity {

    @Id
    @Column(name = "ID", length = 80)
    private String id;

    @Column(name = "SERVER_ID", length = 64, nullable = false)
    private String serverId;

    @Column(name = "ADDRESS", length = 300, nullable = false)
    private String address;

    @Column(name = "RENEWED", nullable = false)
    private long renewed; // epoch milliseconds

    protected ConferenceHostEntity() {
    }

    ConferenceHostEntity(String id, String serverId, String address, long renewed) {
        this.id = id;
        this.serverId = serverId;
        this.address = address;
        this.renewed = renewed;
    }

    String id() { return id; }
    String serverId() { return serverId; }
    String address() { return address; }
    long renewed() { return renewed; }

    void takenBy(String server, String at, long now) {
        this.serverId = server;
        this.address = at;
        this.renewed = now;
    }
}
