package org.parley.privacy.internal;

import java.util.function.Predicate;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
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
    public PrivacySettings settings(String owner) {
        return cache.cache().get(owner, o -> store.find(o).orElseGet(PrivacySettings::open));
    }

    @Override
    public PrivacySettings update(String owner, PrivacySettings settings, long expectedVersion) {
        UserIds.requireValid(owner);
        var saved = store.save(owner, settings, expectedVersion);
        bus.privacyChanged(owner);
        return saved;
    }

    @Override
    public boolean canSee(String viewer, String owner) {
        return viewer.equals(owner) || settings(owner).visibleTo(viewer);
    }

    @Override
    public Predicate<String> audience(String owner) {
        var settings = settings(owner);
        return viewer -> viewer.equals(owner) || settings.visibleTo(viewer);
    }

    @Override
    public boolean mayReach(String sender, String recipient) {
        if (sender.equals(recipient)) {
            return true;
        }
        var dnd = presence.find(recipient)
                .map(p -> p.shown().availability() == Availability.DO_NOT_DISTURB).orElse(false);
        return !dnd || settings(recipient).dndExceptions().contains(sender);
    }
}
