package org.parley.web.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (a user, a client address) in a level that drains at {@code perMinute}
 * a minute; a key whose level has reached {@code perMinute} is blocked until it drains below.
 * Keys that have drained are forgotten when the map grows past its bound.
 * Thread safety: a concurrent map; each key's level is updated atomically with {@code compute}.
 */
final class AttemptCounters {

    private record Level(double attempts, long atNanos) {
        Level drained(long now, double perNano) {
            return new Level(Math.max(0, attempts - Math.max(0, now - atNanos) * perNano), now);
        }
    }

    private final Map<String, Level> levels = new ConcurrentHashMap<>();
    private final int perMinute;
    private final double perNano;
    private final int bound;

    AttemptCounters(int perMinute, int bound) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one attempt a minute");
        }
        this.perMinute = perMinute;
        this.perNano = perMinute / 60e9;
        this.bound = bound;
    }

    /** Seconds until the key may try again; 0 when it may now. */
    long blockedFor(String key, long now) {
        var level = levels.get(key);
        if (level == null) {
            return 0;
        }
        double excess = level.drained(now, perNano).attempts() - (perMinute - 1);
        return excess <= 0 ? 0 : Math.max(1, (long) Math.ceil(excess / perNano / 1e9));
    }

    /** Counts one attempt of the key. */
    void add(String key, long now) {
        if (levels.size() >= bound) {
            levels.values().removeIf(l -> l.drained(now, perNano).attempts() < 1);
        }
        levels.compute(key, (k, l) -> {
            var drained = l == null ? new Level(0, now) : l.drained(now, perNano);
            return new Level(drained.attempts() + 1, now);
        });
    }

    int tracked() {
        return levels.size();
    }
}
