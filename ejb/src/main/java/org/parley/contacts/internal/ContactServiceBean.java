package org.parley.contacts.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.parley.contacts.ContactEdit;
import org.parley.contacts.ContactImport;
import org.parley.contacts.ContactList;
import org.parley.contacts.ContactListChanged;
import org.parley.contacts.ContactService;
import org.parley.contacts.ContactStore;
import org.parley.contacts.PrivateGroup;
import org.parley.contacts.PublicGroup;
import org.parley.contacts.ShownList;
import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.presence.PresenceService;

/**
 * Contact lists as a transactional service. A change is checked against the directory, then
 * applied to the list read under the owner's row lock and stored in the same transaction, so
 * two devices changing one list at once never lose a change: the second is refused with a
 * conflict. The answer is shown through the presence service, so privacy lists hold. Every stored
 * change is announced to the owner's other devices ({@link ContactListPush}).
 */
@Stateless
@Local(ContactService.class)
public class ContactServiceBean implements ContactService {

    private static final Logger LOG = Logger.getLogger(ContactServiceBean.class.getName());

    @Inject
    ContactStore store;

    @Inject
    Directory directory;

    @EJB
    PresenceService presence;

    @Inject
    Event<ContactListChanged> changed;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ShownList list(String owner) {
        return shown(store.find(UserIds.requireValid(owner)));
    }

    @Override
    public ShownList change(String owner, ContactEdit edit, long expectedVersion) {
        UserIds.requireValid(owner);
        edit.check(directory);
        var saved = store.update(owner, expectedVersion, edit::applyTo);
        LOG.log(Level.FINE, "Contact list of {0} changed to version {1}: {2}",
                new Object[] {owner, saved.version(), edit});
        changed.fire(new ContactListChanged(owner, saved.version()));
        return shown(saved);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ContactList export(String owner) {
        return store.find(UserIds.requireValid(owner));
    }

    @Override
    public ShownList importList(String owner, ContactImport document, long expectedVersion) {
        UserIds.requireValid(owner);
        var groups = new ImportCheck(directory::exists, g -> !directory.groupMembers(g).isEmpty()).groups(document);
        var saved = store.update(owner, expectedVersion, current -> ImportMerge.apply(current, groups, document.mode()));
        LOG.log(Level.INFO, "Contact list of {0} imported ({1}, {2} groups) as version {3}",
                new Object[] {owner, document.mode().wireName(), groups.size(), saved.version()});
        changed.fire(new ContactListChanged(owner, saved.version()));
        return shown(saved);
    }

    private ShownList shown(ContactList list) {
        var members = new HashMap<String, Set<String>>();
        var users = new LinkedHashSet<String>();
        for (var group : list.groups()) {
            if (group instanceof PrivateGroup p) {
                p.contacts().forEach(c -> users.add(c.user()));
            } else if (group instanceof PublicGroup g) {
                var in = wellFormed(g.name(), directory.groupMembers(g.name()));
                members.put(g.name(), in);
                users.addAll(in);
            }
        }
        return Awareness.show(list, members, users.isEmpty() ? Map.of() : presence.current(list.owner(), users),
                names(users));
    }

    /**
     * The directory's names of the people: one cached look-up each. A person the directory lacks
     * has none; while the directory cannot be reached the list is still shown, by user ids.
     */
    private Map<String, String> names(Set<String> users) {
        var names = new HashMap<String, String>();
        try {
            for (var user : users) {
                directory.find(user).ifPresent(p -> names.put(user, p.displayName()));
            }
        } catch (ParleyException.Unavailable e) {
            LOG.log(Level.FINE, "Directory unavailable; contact names are left out", e);
        }
        return names;
    }

    /** The members whose ids Parley accepts; a directory may hold others, which are left out. */
    private static Set<String> wellFormed(String group, Set<String> members) {
        var result = new LinkedHashSet<String>();
        for (var uid : members) {
            try {
                result.add(UserIds.requireValid(uid));
            } catch (ParleyException.Invalid e) {
                LOG.log(Level.FINE, "Member {0} of directory group {1} has a user id Parley does not accept; not shown",
                        new Object[] {uid, group});
            }
        }
        return result;
    }
}
