package org.parley.directory.ldap;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import org.parley.error.ParleyException;

/**
 * A bounded cache whose entries expire after a fixed time, so that directory changes show
 * within that time and a storm of look-ups of the same people costs one directory operation
 * each. When full it is emptied rather than tracking use order; expiry keeps it fresh. While
 * the directory cannot be reached, an expired entry is served rather than failing: people who
 * are already known stay known through an outage.
 * Thread safety: a concurrent map; two threads may load the same key at once, which is harmless.
 */
final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final int capacity;
    private final Clock clock;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    TtlCache(long ttlMillis, int capacity, Clock clock) {
        this.ttlMillis = ttlMillis;
        this.capacity = capacity;
        this.clock = clock;
    }

    V get(K key, Function<K, V> load) {
        long now = clock.millis();
        var entry = entries.get(key);
        if (entry != null && entry.expiresAt() > now) {
            hits.increment();
            return entry.value();
        }
        misses.increment();
        V value;
        try {
            value = load.apply(key);
        } catch (ParleyException.Unavailable e) {
            if (entry != null) {
                return entry.value();
            }
            throw e;
        }
        put(key, value);
        return value;
    }

    /** The cached value when it is fresh, else null; no load. */
    V peek(K key) {
        var entry = entries.get(key);
        if (entry != null && entry.expiresAt() > clock.millis()) {
            hits.increment();
            return entry.value();
        }
        misses.increment();
        return null;
    }

    /** Caches a value found by other means (a search that returned whole entries). */
    void put(K key, V value) {
        if (ttlMillis > 0) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, clock.millis() + ttlMillis));
        }
    }

    void clear() {
        entries.clear();
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }
}
