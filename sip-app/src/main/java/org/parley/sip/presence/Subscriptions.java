package org.parley.sip.presence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The presence subscriptions held by this server, by dialog and by presentity. Soft state: a
 * restart loses them and phones subscribe again when their refresh fails. Thread-safe: concurrent
 * maps and concurrent key sets.
 */
final class Subscriptions {

    private final Map<String, Subscription> byDialog = new ConcurrentHashMap<>();
    private final Map<String, Set<Subscription>> byPresentity = new ConcurrentHashMap<>();

    void add(Subscription s) {
        byDialog.put(s.key(), s);
        byPresentity.computeIfAbsent(s.presentity, p -> ConcurrentHashMap.newKeySet()).add(s);
    }

    Optional<Subscription> find(String callId, String localTag) {
        return Optional.ofNullable(byDialog.get(Subscription.key(callId, localTag)));
    }

    void remove(Subscription s) {
        byDialog.remove(s.key());
        byPresentity.computeIfPresent(s.presentity, (p, set) -> {
            set.remove(s);
            return set.isEmpty() ? null : set;
        });
    }

    /** The subscriptions to a presentity. */
    List<Subscription> of(String presentity) {
        var set = byPresentity.get(presentity);
        return set == null ? List.of() : List.copyOf(set);
    }

    /** Removes and returns those expired at {@code now}. */
    List<Subscription> expire(Instant now) {
        var gone = byDialog.values().stream().filter(s -> !s.expires().isAfter(now)).toList();
        gone.forEach(this::remove);
        return gone;
    }

    List<Subscription> all() {
        return List.copyOf(byDialog.values());
    }

    int size() {
        return byDialog.size();
    }
}
