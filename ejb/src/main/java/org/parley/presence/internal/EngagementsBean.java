package org.parley.presence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.parley.presence.Availability;
import org.parley.presence.Engagements;
import org.parley.presence.PresenceService;
import org.parley.presence.PresenceStore;
import org.parley.presence.StatusUpdate;
import org.parley.presence.StoredPresence;

/**
 * Shows the strongest of a person's engagements and restores their own status after the last.
 * The strongest is the one whose status ranks first in {@link #RANK} (on the phone before in a
 * meeting), the latest among equals. Before each change the status shown now is compared with
 * what this bean last showed: when they differ, the person chose a status meanwhile, and their
 * engagements stop touching it.
 *
 * <p>Thread safety: bean-managed concurrency; each person's state is changed only inside
 * {@code compute} on their entry of a concurrent map, so one person's changes are serialized;
 * the users of each key are a concurrent set. The statuses to restore are held in memory: a
 * restart forgets them, and a person shown engaged then stays so until they set a status.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EngagementsBean implements Engagements {

    private static final Logger LOG = Logger.getLogger(EngagementsBean.class.getName());
    static final List<Availability> RANK = List.of(Availability.ON_THE_PHONE, Availability.IN_A_MEETING);

    @EJB
    PresenceService presence;

    /** Read only, for the status the person chose (what others see may be away from idleness). */
    @Inject
    PresenceStore store;

    private final Map<String, Engaged> byUser = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byKey = new ConcurrentHashMap<>();

    /** What is shown for one engagement. */
    private record Shown(String key, Availability status, String message) {
    }

    /**
     * A person's engagements, oldest first, the status to restore and what was last shown.
     * Only touched inside {@code compute} on the person's entry.
     */
    private record Engaged(StatusUpdate before, List<Shown> engagements, Shown showing) {
    }

    @Override
    public void begin(String key, String user, Availability status, String message) {
        if (!RANK.contains(status)) {
            throw new IllegalArgumentException("Not a status of an engagement: " + status);
        }
        byKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(user);
        byUser.compute(user, (u, known) -> {
            try {
                var now = stored(user);
                var engaged = known == null || !isShowing(known.showing(), now)
                        ? new Engaged(ownStatus(now), new ArrayList<>(), null)
                        : known;
                engaged.engagements().removeIf(e -> e.key().equals(key));
                engaged.engagements().add(new Shown(key, status, message));
                return show(user, engaged, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not show " + user + " as " + status.wireName(), e);
                return known;
            }
        });
    }

    @Override
    public void end(String key, String user) {
        var users = byKey.get(key);
        if (users != null) {
            users.remove(user);
            byKey.computeIfPresent(key, (k, left) -> left.isEmpty() ? null : left);
        }
        ended(key, user);
    }

    @Override
    public void endAll(String key) {
        var users = byKey.remove(key);
        if (users != null) {
            users.forEach(user -> ended(key, user));
        }
    }

    private void ended(String key, String user) {
        byUser.computeIfPresent(user, (u, known) -> {
            if (known.engagements().stream().noneMatch(e -> e.key().equals(key))) {
                return known;
            }
            try {
                var now = stored(user);
                if (!isShowing(known.showing(), now)) {
                    return null;
                }
                known.engagements().removeIf(e -> e.key().equals(key));
                if (known.engagements().isEmpty()) {
                    presence.update(user, new StatusUpdate(known.before().availability(), known.before().message(),
                            now.shown().location(), now.shown().timeZone()));
                    return null;
                }
                return show(user, known, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not restore the status of " + user + " after " + key, e);
                return known;
            }
        });
    }

    /** Shows the strongest engagement unless it is shown already. */
    private Engaged show(String user, Engaged engaged, StoredPresence now) {
        var strongest = strongest(engaged.engagements()).orElseThrow();
        if (!isShowing(strongest, now)) {
            presence.update(user, new StatusUpdate(strongest.status(), strongest.message(), now.shown().location(),
                    now.shown().timeZone()));
        }
        return new Engaged(engaged.before(), engaged.engagements(), strongest);
    }

    static Optional<Shown> strongest(List<Shown> engagements) {
        Shown best = null;
        for (var e : engagements) {
            if (best == null || RANK.indexOf(e.status()) <= RANK.indexOf(best.status())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the person's own setting is still what an engagement showed. */
    private static boolean isShowing(Shown showing, StoredPresence now) {
        return showing != null && now.chosen() == showing.status() && now.shown().message().equals(showing.message());
    }

    private StoredPresence stored(String user) {
        return store.find(user).orElseGet(() -> StoredPresence.initial(user));
    }

    /**
     * The status the person chose, which is what comes back: not the away that idleness shows,
     * nor offline (someone in a call or a meeting is reachable).
     */
    private static StatusUpdate ownStatus(StoredPresence now) {
        var chosen = now.chosen() == Availability.OFFLINE ? Availability.AVAILABLE : now.chosen();
        return new StatusUpdate(chosen, now.shown().message(), now.shown().location(), now.shown().timeZone());
    }
}
