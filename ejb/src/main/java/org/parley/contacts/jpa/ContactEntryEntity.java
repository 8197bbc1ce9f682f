package org.parley.contacts.jpa;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One person in a private group of a contact list, with their place in the group. Changed only
 * through its own methods: the woven change tracking misses field writes from other classes.
 */
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

    /** The entry's place, nickname (empty: none) and primary mark. */
    void set(int newPlace, String newNickname, boolean newPrimary) {
        var stored = newNickname.isEmpty() ? null : newNickname;
        if (place != newPlace) {
            place = newPlace;
        }
        if (!Objects.equals(nickname, stored)) {
            nickname = stored;
        }
        if (primary != newPrimary) {
            primary = newPrimary;
        }
    }

    /** The nickname, empty when there is none. */
    String nickname() {
        return nickname == null ? "" : nickname;
    }
}
