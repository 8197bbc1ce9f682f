package org.parley.privacy.jpa;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One person's privacy lists. */
@Entity
@Table(name = "PRIVACY")
public class PrivacyEntity {

    @Id
    @Column(name = "OWNER_ID", length = 64)
    private String owner;

    @Column(name = "VISIBILITY", length = 16, nullable = false)
    private String visibility;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PRIVACY_LIST", joinColumns = @JoinColumn(name = "OWNER_ID"))
    @Column(name = "USER_ID", length = 64)
    private Set<String> list = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PRIVACY_DND_EXCEPTION", joinColumns = @JoinColumn(name = "OWNER_ID"))
    @Column(name = "USER_ID", length = 64)
    private Set<String> dndExceptions = new HashSet<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected PrivacyEntity() {
    }

    PrivacyEntity(String owner) {
        this.owner = owner;
    }

    /** Changes go through this method so that the persistence provider sees them. */
    void replace(String newVisibility, Set<String> newList, Set<String> newDndExceptions) {
        this.visibility = newVisibility;
        this.list.clear();
        this.list.addAll(newList);
        this.dndExceptions.clear();
        this.dndExceptions.addAll(newDndExceptions);
    }

    String visibility() { return visibility; }
    Set<String> list() { return list; }
    Set<String> dndExceptions() { return dndExceptions; }
    long version() { return version; }
}
