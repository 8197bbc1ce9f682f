package org.parley.privacy.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.parley.privacy.PrivacySettings;

/**
 * This server's copy of privacy lists. A change on any server evicts the owner's entry here.
 * A value read while an eviction happened is not kept, so a slow read never brings back a
 * list that was already replaced. Thread safety: a concurrent map and an epoch counter; no locks.
 */
public final class PrivacyCache {

    private final Map<String, PrivacySettings> byOwner = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private final int capacity;

    public PrivacyCache(int capacity) {
        this.capacity = capacity;
    }

    public PrivacySettings get(String owner, Function<String, PrivacySettings> load) {
        var cached = byOwner.get(owner);
        if (cached != null) {
            return cached;
        }
        long before = epoch.get();
        var loaded = load.apply(owner);
        if (epoch.get() == before) {
            if (byOwner.size() >= capacity) {
                byOwner.clear();
            }
            byOwner.putIfAbsent(owner, loaded);
        }
        return loaded;
    }

    public void evict(String owner) {
        epoch.incrementAndGet();
        byOwner.remove(owner);
    }
}
