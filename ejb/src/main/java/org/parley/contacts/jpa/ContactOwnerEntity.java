package org.parley.contacts.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head row of one person's contact list: the row every change locks, and the list's
 * version, which every change increases by one. Changed only through its own methods: the
 * woven change tracking misses field writes from other classes.
 */
@Entity
@Table(name = "CONTACT_LIST")
public class ContactOwnerEntity {

    @Id
    @Column(name = "OWNER_ID", length = 64)
    String owner;

    @Column(name = "LIST_VERSION", nullable = false)
    long version;

    protected ContactOwnerEntity() {
    }

    ContactOwnerEntity(String owner) {
        this.owner = owner;
    }

    long version() {
        return version;
    }

    /** Moves the list on to the next version and returns it. */
    long advance() {
        version = version + 1;
        return version;
    }
}
