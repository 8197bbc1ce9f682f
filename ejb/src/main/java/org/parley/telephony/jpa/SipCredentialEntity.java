package org.parley.telephony.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The HA1 hash of one user's SIP password for one realm and digest algorithm. */
@Entity
@Table(name = "SIP_CREDENTIAL", indexes = @Index(name = "SIP_CREDENTIAL_USER", columnList = "USER_ID"))
public class SipCredentialEntity {

    /** user, realm and algorithm joined by '\n' (none of them may hold one). */
    @Id
    @Column(name = "ID", length = 320)
    private String id;

    @Column(name = "USER_ID", length = 64, nullable = false)
    private String userId;

    @Column(name = "REALM", length = 200, nullable = false)
    private String realm;

    @Column(name = "ALGORITHM", length = 16, nullable = false)
    private String algorithm;

    @Column(name = "HA1", length = 128, nullable = false)
    private String ha1;

    @Column(name = "CHANGED", nullable = false)
    private long changed; // epoch milliseconds

    protected SipCredentialEntity() {
    }

    SipCredentialEntity(String userId, String realm, String algorithm, String ha1, long changed) {
        this.id = key(userId, realm, algorithm);
        this.userId = userId;
        this.realm = realm;
        this.algorithm = algorithm;
        this.ha1 = ha1;
        this.changed = changed;
    }

    static String key(String userId, String realm, String algorithm) {
        return userId + "\n" + realm + "\n" + algorithm;
    }

    String ha1() { return ha1; }
    long changed() { return changed; }
}
