package org.parley.presence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.presence.Connection;
import org.parley.presence.Presence;
import org.parley.presence.PresenceFanout;
import org.parley.presence.PresenceService;
import org.parley.presence.PresenceStore;
import org.parley.presence.StatusUpdate;
import org.parley.privacy.PrivacyService;

/**
 * Presence as a service. Changes go through this server's {@link PresenceWriter}: each is stored
 * before it is announced to every server. Reads are served from this server's copy of the newest
 * presence ({@link PresenceFanout#latest()}), reading the store only for people it does not
 * know fresh, and always go through the owner's privacy lists.
 */
@Stateless
@Local(PresenceService.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceServiceBean implements PresenceService {

    @Inject
    PresenceStore store;

    @Inject
    Directory directory;

    @EJB
    PresenceWriter writer;

    @EJB
    PresenceFanout fanout;

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
        var shown = shown(java.util.List.of(user)).get(user);
        if (shown == null) {
            throw new ParleyException.NotFound("No user '" + user + "' in the directory");
        }
        return visible(viewer, shown);
    }

    @Override
    public Map<String, Presence> current(String viewer, Collection<String> users) {
        users.forEach(UserIds::requireValid);
        var result = new HashMap<String, Presence>();
        var shown = shown(users);
        var visible = privacy.visibleTo(viewer, shown.keySet());
        shown.forEach((user, p) -> result.put(user, visible.contains(user) ? p : Presence.hidden(user)));
        return result;
    }

    /** What others see of each of the users that exists, before privacy. */
    private Map<String, Presence> shown(Collection<String> users) {
        var latest = fanout.latest();
        var result = new HashMap<>(latest.fresh(users));
        var missing = new ArrayList<String>();
        users.stream().distinct().filter(u -> !result.containsKey(u)).forEach(missing::add);
        if (missing.isEmpty()) {
            return result;
        }
        var stored = store.findAll(missing);
        for (var user : missing) {
            var found = stored.get(user);
            var p = found != null ? found.shown() : directory.exists(user) ? Presence.offline(user) : null;
            if (p != null) {
                latest.read(p);
                result.put(user, p);
            }
        }
        return result;
    }

    @Override
    public Presence update(String user, StatusUpdate update) {
        if (!directory.exists(UserIds.requireValid(user))) {
            throw new ParleyException.NotFound("No user '" + user + "' in the directory");
        }
        return writer.apply(new PresenceOp.Choose(user, update)).presence().orElseThrow().shown();
    }

    @Override
    public void attach(String user, String connectionId) {
        var connection = new Connection(connectionId, user, serverId, Instant.now(), false);
        writer.apply(new PresenceOp.Attach(connection));
        housekeeping.opened(connection);
    }

    @Override
    public void detach(String connectionId) {
        housekeeping.closed(connectionId);
        writer.apply(new PresenceOp.Detach(connectionId));
    }

    @Override
    public void activity(String connectionId, boolean idle) {
        housekeeping.reported(connectionId, idle);
    }

    private Presence visible(String viewer, Presence shown) {
        return privacy.canSee(viewer, shown.user()) ? shown : Presence.hidden(shown.user());
    }
}
