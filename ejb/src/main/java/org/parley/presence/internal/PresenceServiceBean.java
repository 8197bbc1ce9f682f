package org.parley.presence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.presence.Connection;
import org.parley.presence.ConnectionStore;
import org.parley.presence.Presence;
import org.parley.presence.PresenceService;
import org.parley.presence.PresenceStore;
import org.parley.presence.StatusUpdate;
import org.parley.presence.StoredPresence;
import org.parley.privacy.PrivacyService;

/**
 * Presence as a transactional service: every change is stored and published in one
 * transaction, so watchers on every server hear of exactly the changes that were stored, and
 * every read goes through the owner's privacy lists.
 */
@Stateless
@Local(PresenceService.class)
public class PresenceServiceBean implements PresenceService {

    @Inject
    PresenceStore store;

    @Inject
    ConnectionStore connections;

    @Inject
    Directory directory;

    @EJB
    PresenceAggregator aggregator;

    @EJB
    PrivacyService privacy;

    @EJB
    PresenceHousekeeping housekeeping;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    @Override
    public Presence current(String viewer, String user) {
        UserIds.requireValid(user);
        var stored = store.find(user);
        if (stored.isEmpty() && !directory.exists(user)) {
            throw new ParleyException.NotFound("No user '" + user + "' in the directory");
        }
        return visible(viewer, user, stored.map(StoredPresence::shown).orElseGet(() -> Presence.offline(user)));
    }

    @Override
    public Map<String, Presence> current(String viewer, Collection<String> users) {
        users.forEach(UserIds::requireValid);
        var stored = store.findAll(users);
        var result = new HashMap<String, Presence>();
        for (var user : users) {
            var p = stored.get(user);
            if (p != null) {
                result.put(user, visible(viewer, user, p.shown()));
            } else if (directory.exists(user)) {
                result.put(user, Presence.offline(user));
            }
        }
        return result;
    }

    @Override
    public Presence update(String user, StatusUpdate update) {
        if (!directory.exists(UserIds.requireValid(user))) {
            throw new ParleyException.NotFound("No user '" + user + "' in the directory");
        }
        return aggregator.choose(user, update).shown();
    }

    @Override
    public void attach(String user, String connectionId) {
        connections.add(new Connection(connectionId, user, serverId, Instant.now(), false));
        aggregator.recompute(user);
        housekeeping.opened(connectionId);
    }

    @Override
    public void detach(String connectionId) {
        housekeeping.closed(connectionId);
        connections.remove(connectionId).ifPresent(c -> aggregator.recompute(c.user()));
    }

    @Override
    public void activity(String connectionId, boolean idle) {
        housekeeping.reported(connectionId, idle);
    }

    private Presence visible(String viewer, String owner, Presence shown) {
        return privacy.canSee(viewer, owner) ? shown : Presence.hidden(owner);
    }
}
