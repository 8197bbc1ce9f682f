package org.parley.telephony.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HA1 hashes this server read recently, so that a phone's every request does not cost a
 * database read. A change on this server drops the user's entries at once; another server of a
 * cluster reads the new hashes at most {@code parley.sip.credentialCacheSeconds} later.
 * Thread safety: a concurrent map of immutable entries; bean-managed concurrency.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CredentialCache {

    /** One looked-up hash (empty: the user has none) and when it stops being trusted. */
    private record Entry(Optional<String> ha1, long until) {
    }

    /** Entries kept at most; beyond, the cache is emptied and refills. */
    static final int MAX_ENTRIES = 200_000;

    @Inject
    @ConfigProperty(name = "parley.sip.credentialCacheSeconds", defaultValue = "60")
    int seconds;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<String> get(String user, String key, Supplier<Optional<String>> load) {
        var id = user + "\n" + key;
        long now = System.nanoTime();
        var entry = entries.get(id);
        if (entry != null && now - entry.until() < 0) {
            return entry.ha1();
        }
        var loaded = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(id, new Entry(loaded, now + Duration.ofSeconds(seconds).toNanos()));
        return loaded;
    }

    public void forget(String user) {
        entries.keySet().removeIf(id -> id.startsWith(user + "\n"));
    }
}
