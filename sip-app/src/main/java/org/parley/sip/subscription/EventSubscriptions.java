package org.parley.sip.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subscriptions of one event package held by this server, by dialog, by resource and by
 * watcher, with at most a given number per watcher. Soft state: a restart loses them and phones
 * subscribe again when their refresh fails. Thread-safe: concurrent maps and key sets; the
 * per-watcher limit is checked and applied atomically in the watcher's map entry.
 *
 * @param <S> the package's subscriptions
 */
public final class EventSubscriptions<S extends EventSubscription> {

    private final int maxPerWatcher;
    private final Map<String, S> byDialog = new ConcurrentHashMap<>();
    private final Map<String, Set<S>> byResource = new ConcurrentHashMap<>();
    private final Map<String, Set<S>> byWatcher = new ConcurrentHashMap<>();

    /** A registry that holds at most {@code maxPerWatcher} subscriptions of one watcher. */
    public EventSubscriptions(int maxPerWatcher) {
        if (maxPerWatcher < 1) {
            throw new IllegalArgumentException("maxPerWatcher must be at least 1, got " + maxPerWatcher);
        }
        this.maxPerWatcher = maxPerWatcher;
    }

    /** Adds {@code s} unless its watcher holds the most subscriptions allowed already. */
    public boolean add(S s) {
        var added = new boolean[1];
        byWatcher.compute(s.watcher, (w, set) -> {
            var mine = set == null ? ConcurrentHashMap.<S>newKeySet() : set;
            if (mine.size() < maxPerWatcher) {
                added[0] = mine.add(s);
            }
            return mine.isEmpty() ? null : mine;
        });
        if (added[0]) {
            byDialog.put(s.key(), s);
            byResource.computeIfAbsent(s.resource, r -> ConcurrentHashMap.newKeySet()).add(s);
        }
        return added[0];
    }

    public Optional<S> find(String callId, String localTag) {
        return Optional.ofNullable(byDialog.get(EventSubscription.key(callId, localTag)));
    }

    public void remove(EventSubscription s) {
        byDialog.remove(s.key(), s);
        drop(byResource, s.resource, s);
        drop(byWatcher, s.watcher, s);
    }

    private static <S> void drop(Map<String, Set<S>> index, String key, EventSubscription s) {
        index.computeIfPresent(key, (k, set) -> {
            set.remove(s);
            return set.isEmpty() ? null : set;
        });
    }

    /** The subscriptions to a resource. */
    public List<S> of(String resource) {
        var set = byResource.get(resource);
        return set == null ? List.of() : List.copyOf(set);
    }

    /** Removes and returns those expired at {@code now}. */
    public List<S> expire(Instant now) {
        var gone = byDialog.values().stream().filter(s -> !s.expires().isAfter(now)).toList();
        gone.forEach(this::remove);
        return gone;
    }

    public int size() {
        return byDialog.size();
    }
}
