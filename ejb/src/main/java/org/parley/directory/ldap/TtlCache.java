package org.parley.directory.ldap;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded cache whose entries expire after a fixed time, so that directory changes show
 * within that time and a storm of look-ups of the same people costs one directory operation
 * each. When full it is emptied rather than tracking use order; expiry keeps it fresh.
 * Thread safety: a concurrent map; two threads may load the same key at once, which is harmless.
 */
final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final int capacity;
    private final Clock clock;

    TtlCache(long ttlMillis, int capacity, Clock clock) {
        this.ttlMillis = ttlMillis;
        this.capacity = capacity;
        this.clock = clock;
    }

    V get(K key, Function<K, V> load) {
        long now = clock.millis();
        var entry = entries.get(key);
        if (entry != null && entry.expiresAt() > now) {
            return entry.value();
        }
        var value = load.apply(key);
        if (ttlMillis > 0) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now + ttlMillis));
        }
        return value;
    }

    void clear() {
        entries.clear();
    }
}
