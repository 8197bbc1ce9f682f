package org.parley.telephony.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One registrar binding. */
@Entity
@Table(name = "SIP_REGISTRATION", indexes = {
        @Index(name = "SIP_REGISTRATION_USER", columnList = "USER_ID"),
        @Index(name = "SIP_REGISTRATION_EXPIRES", columnList = "EXPIRES")})
public class RegistrationEntity {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Column(name = "USER_ID", length = 64, nullable = false)
    private String userId;

    @Column(name = "CONTACT", length = 1024, nullable = false)
    private String contact;

    @Column(name = "CALL_ID", length = 256, nullable = false)
    private String callId;

    @Column(name = "CSEQ", nullable = false)
    private long cseq;

    @Column(name = "EXPIRES", nullable = false)
    private long expires; // epoch milliseconds

    @Column(name = "USER_AGENT", length = 256, nullable = false)
    private String userAgent;

    @Column(name = "SERVER_ID", length = 64, nullable = false)
    private String serverId;

    protected RegistrationEntity() {
    }

    RegistrationEntity(String id) {
        this.id = id;
    }

    /** Changes go through this method so that the persistence provider sees them. */
    void fill(String newUser, String newContact, String newCallId, long newCseq, long newExpires, String newUserAgent,
            String newServerId) {
        this.userId = newUser;
        this.contact = newContact;
        this.callId = newCallId;
        this.cseq = newCseq;
        this.expires = newExpires;
        this.userAgent = newUserAgent;
        this.serverId = newServerId;
    }

    String id() { return id; }
    String userId() { return userId; }
    String contact() { return contact; }
    String callId() { return callId; }
    long cseq() { return cseq; }
    long expires() { return expires; }
    String userAgent() { return userAgent; }
    String serverId() { return serverId; }
}
