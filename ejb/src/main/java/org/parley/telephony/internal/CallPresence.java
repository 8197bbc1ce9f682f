package org.parley.telephony.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;

import org.parley.presence.Availability;
import jakarta.inject.Inject;

import org.parley.presence.PresenceService;
import org.parley.presence.PresenceStore;
import org.parley.presence.StoredPresence;
import org.parley.presence.StatusUpdate;

/**
 * Shows "On the phone" while a person is in an answered call and puts their own status back when
 * their last call ends, unless they changed it meanwhile. Uses only the presence service's
 * public interface, as meetings do. Thread safety: bean-managed concurrency on concurrent maps;
 * the per-user work is serialized by {@code compute} on the user's entry. A restart forgets the
 * statuses held for restoring (the calls through the server are gone too).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CallPresence {

    private static final Logger LOG = Logger.getLogger(CallPresence.class.getName());
    static final String MESSAGE = "On the phone";

    @EJB
    PresenceService presence;

    /** Read only, for the status the person chose (what others see may be away from idleness). */
    @Inject
    PresenceStore store;

    /** Per user: the status to restore and the calls they are in. */
    private final Map<String, OnCall> byUser = new ConcurrentHashMap<>();
    /** Per call: its Parley users. */
    private final Map<String, Set<String>> byCall = new ConcurrentHashMap<>();

    private record OnCall(StatusUpdate before, Set<String> calls) {
    }

    public void onThePhone(String callKey, String user) {
        byCall.computeIfAbsent(callKey, k -> ConcurrentHashMap.newKeySet()).add(user);
        byUser.compute(user, (u, known) -> {
            if (known != null) {
                known.calls().add(callKey);
                return known;
            }
            try {
                var now = presence.current(user, user);
                var before = new StatusUpdate(chosen(user, now.availability()), now.message(), now.location(),
                        now.timeZone());
                presence.update(user, new StatusUpdate(Availability.ON_THE_PHONE, MESSAGE, now.location(), now.timeZone()));
                var calls = ConcurrentHashMap.<String>newKeySet();
                calls.add(callKey);
                return new OnCall(before, calls);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not show " + user + " as on the phone", e);
                return null;
            }
        });
    }

    public void hungUp(String callKey) {
        var users = byCall.remove(callKey);
        if (users == null) {
            return;
        }
        for (var user : users) {
            byUser.computeIfPresent(user, (u, known) -> {
                known.calls().remove(callKey);
                if (!known.calls().isEmpty()) {
                    return known;
                }
                restore(user, known.before());
                return null;
            });
        }
    }

    /**
     * The status the person chose, which is what comes back after the call: not the away that
     * idleness shows, nor offline (someone who makes a call is reachable).
     */
    private Availability chosen(String user, Availability shown) {
        var chosen = store.find(user).map(StoredPresence::chosen).orElse(shown);
        return chosen == Availability.OFFLINE ? Availability.AVAILABLE : chosen;
    }

    private void restore(String user, StatusUpdate before) {
        try {
            var now = presence.current(user, user);
            if (now.availability() == Availability.ON_THE_PHONE && MESSAGE.equals(now.message())) {
                presence.update(user, before);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not restore the status of " + user + " after a call", e);
        }
    }
}
