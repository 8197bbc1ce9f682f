package org.parley.contacts.jpa;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One person in a private group of a contact list, with their place in the group. */
@Entity
@Table(name = "CONTACT_ENTRY", indexes = {
    @Index(name = "CONTACT_ENTRY_OWNER", columnList = "OWNER_ID"),
    @Index(name = "CONTACT_ENTRY_USER", columnList = "USER_ID")})
public class ContactEntryEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "GROUP_ID", length = 36, nullable = false)
    String groupId;

    @Column(name = "OWNER_ID", length = 64, nullable = false)
    String owner;

    @Column(name = "LIST_ORDER", nullable = false)
    int place;

    @Column(name = "USER_ID", length = 64, nullable = false)
    String user;

    @Column(name = "NICKNAME", length = 128)
    /** Null when there is none (some databases cannot store an empty string). */
    String nickname;

    @Column(name = "PRIMARY_CONTACT", nullable = false)
    boolean primary;

    protected ContactEntryEntity() {
    }

    ContactEntryEntity(String groupId, String owner, String user) {
        this.id = UUID.randomUUID().toString();
        this.groupId = groupId;
        this.owner = owner;
        this.user = user;
    }
}
