package org.parley.contacts.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One group of a contact list, private or public, with its place in the list. Changed only
 * through its own methods: the woven change tracking misses field writes from other classes.
 */
@Entity
@Table(name = "CONTACT_GROUP", indexes = @Index(name = "CONTACT_GROUP_OWNER", columnList = "OWNER_ID"))
public class ContactGroupEntity {

    /** The kind of a private group. */
    static final String PRIVATE = "PRIVATE";

    /** The kind of a directory group. */
    static final String PUBLIC = "PUBLIC";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "OWNER_ID", length = 64, nullable = false)
    String owner;

    @Column(name = "LIST_ORDER", nullable = false)
    int place;

    @Column(name = "GROUP_KIND", length = 8, nullable = false)
    String kind;

    @Column(name = "GROUP_NAME", length = 128, nullable = false)
    String name;

    protected ContactGroupEntity() {
    }

    ContactGroupEntity(String id, String owner, String kind, int place, String name) {
        this.id = id;
        this.owner = owner;
        this.kind = kind;
        this.place = place;
        this.name = name;
    }

    /** Puts the group at a place with a name. */
    void set(int newPlace, String newName) {
        if (place != newPlace) {
            place = newPlace;
        }
        if (!name.equals(newName)) {
            name = newName;
        }
    }
}
