package org.parley.contacts.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;

import org.parley.contacts.Contact;
import org.parley.contacts.ContactGroup;
import org.parley.contacts.ContactList;
import org.parley.contacts.PrivateGroup;
import org.parley.contacts.PublicGroup;

/**
 * The group and entry rows of one owner's list, read in two queries, and brought in line with a
 * changed list by touching only the rows that differ: a group's row is keyed by the group's id;
 * an entry keeps its row while it stays in its group.
 */
final class ContactRows {

    private static final String RETRIEVE_MODE = "jakarta.persistence.cache.retrieveMode";

    private final EntityManager em;
    private final String owner;
    private final Map<String, ContactGroupEntity> groups = new LinkedHashMap<>();
    private final Map<String, List<ContactEntryEntity>> entries = new HashMap<>();

    private ContactRows(EntityManager em, String owner) {
        this.em = em;
        this.owner = owner;
    }

    /** Reads the owner's rows, in list order, from the database (never from a cache another server may have made stale). */
    static ContactRows read(EntityManager em, String owner) {
        var rows = new ContactRows(em, owner);
        em.createQuery("SELECT g FROM ContactGroupEntity g WHERE g.owner = :owner ORDER BY g.place", ContactGroupEntity.class)
                .setParameter("owner", owner).setHint(RETRIEVE_MODE, CacheRetrieveMode.BYPASS)
                .getResultList().forEach(g -> rows.groups.put(g.id, g));
        em.createQuery("SELECT e FROM ContactEntryEntity e WHERE e.owner = :owner ORDER BY e.place", ContactEntryEntity.class)
                .setParameter("owner", owner).setHint(RETRIEVE_MODE, CacheRetrieveMode.BYPASS).getResultList()
                .forEach(e -> rows.entries.computeIfAbsent(e.groupId, k -> new ArrayList<>()).add(e));
        return rows;
    }

    /** The list these rows hold. */
    ContactList toList(long version) {
        var result = new ArrayList<ContactGroup>();
        for (var g : groups.values()) {
            if (ContactGroupEntity.PUBLIC.equals(g.kind)) {
                result.add(new PublicGroup(g.id, g.name));
            } else {
                var contacts = entries.getOrDefault(g.id, List.of()).stream()
                        .map(e -> new Contact(e.user, e.nickname(), e.primary)).toList();
                result.add(new PrivateGroup(g.id, g.name, contacts));
            }
        }
        return new ContactList(owner, result, version);
    }

    /** Changes, adds and removes rows so that they hold the list. */
    void write(ContactList list) {
        var byId = new HashMap<>(groups);
        for (int i = 0; i < list.groups().size(); i++) {
            var group = list.groups().get(i);
            var row = byId.remove(group.id());
            if (row == null) {
                var kind = group instanceof PublicGroup ? ContactGroupEntity.PUBLIC : ContactGroupEntity.PRIVATE;
                row = new ContactGroupEntity(group.id(), owner, kind, i, group.name());
                em.persist(row);
            } else {
                row.set(i, group.name());
            }
            writeEntries(row.id, group instanceof PrivateGroup p ? p.contacts() : List.of());
        }
        for (var gone : byId.values()) {
            writeEntries(gone.id, List.of());
            em.remove(gone);
        }
    }

    private void writeEntries(String groupId, List<Contact> contacts) {
        var byUser = new HashMap<String, ContactEntryEntity>();
        entries.getOrDefault(groupId, List.of()).forEach(e -> byUser.put(e.user, e));
        for (int j = 0; j < contacts.size(); j++) {
            var contact = contacts.get(j);
            var row = byUser.remove(contact.user());
            if (row == null) {
                row = new ContactEntryEntity(groupId, owner, contact.user());
                row.set(j, contact.nickname(), contact.primary());
                em.persist(row);
            } else {
                row.set(j, contact.nickname(), contact.primary());
            }
        }
        byUser.values().forEach(em::remove);
    }
}
