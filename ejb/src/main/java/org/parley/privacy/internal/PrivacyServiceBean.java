package org.parley.privacy.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.parley.directory.UserIds;
import org.parley.presence.Availability;
import org.parley.presence.PresenceBus;
import org.parley.presence.PresenceStore;
import org.parley.privacy.PrivacyService;
import org.parley.privacy.PrivacySettings;
import org.parley.privacy.PrivacyStore;

/** Privacy lists, read through this server's cache and changed in the database for every server. */
@Stateless
@Local(PrivacyService.class)
public class PrivacyServiceBean implements PrivacyService {

    @Inject
    PrivacyStore store;

    @Inject
    PresenceStore presence;

    @Inject
    PresenceBus bus;

    @EJB
    PrivacyCacheBean cache;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PrivacySettings settings(String owner) {
        return settings(cache.cache(), owner);
    }

    private PrivacySettings settings(PrivacyCache lists, String owner) {
        return lists.get(owner, o -> store.find(o).orElseGet(PrivacySettings::open));
    }

    @Override
    public PrivacySettings update(String owner, PrivacySettings settings, long expectedVersion) {
        UserIds.requireValid(owner);
        var saved = store.save(owner, settings, expectedVersion);
        bus.privacyChanged(owner);
        return saved;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean canSee(String viewer, String owner) {
        return viewer.equals(owner) || settings(owner).visibleTo(viewer);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> visibleTo(String viewer, Collection<String> owners) {
        var lists = cache.cache();
        var visible = new HashSet<String>();
        for (var owner : owners) {
            if (viewer.equals(owner) || settings(lists, owner).visibleTo(viewer)) {
                visible.add(owner);
            }
        }
        return visible;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Predicate<String> audience(String owner) {
        var settings = settings(owner);
        return viewer -> viewer.equals(owner) || settings.visibleTo(viewer);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mayReach(String sender, String recipient) {
        if (sender.equals(recipient)) {
            return true;
        }
        var dnd = presence.find(recipient)
                .map(p -> p.shown().availability() == Availability.DO_NOT_DISTURB).orElse(false);
        return !dnd || settings(recipient).dndExceptions().contains(sender);
    }
}
