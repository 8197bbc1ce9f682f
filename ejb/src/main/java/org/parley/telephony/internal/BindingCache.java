package org.parley.telephony.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.telephony.Registration;

/**
 * Each user's stored bindings as this server last read or wrote them, so that a phone's refresh
 * costs no database read. This server's own changes are in it at once; bindings that another
 * server of a cluster changed are read again at most {@code parley.sip.bindingCacheSeconds}
 * later. One user's registrar work is serialized on {@link #lockOf}, so that what is read, decided
 * and written for them happens in one order.
 * Thread safety: a concurrent map of immutable entries and a fixed set of lock objects;
 * bean-managed concurrency.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BindingCache {

    /** Users kept at most; beyond, the cache is emptied and refills. */
    static final int MAX_ENTRIES = 200_000;
    private static final int LOCKS = 256;

    private record Entry(List<Registration> bindings, long until) {
    }

    @Inject
    @ConfigProperty(name = "parley.sip.bindingCacheSeconds", defaultValue = "30")
    int seconds;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Object[] locks = new Object[LOCKS];

    public BindingCache() {
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new Object();
        }
    }

    /** The object one user's registrar work synchronizes on. */
    public Object lockOf(String user) {
        return locks[Math.floorMod(user.hashCode(), LOCKS)];
    }

    /** The user's stored bindings, expired or not, read with {@code load} when not known or too old. */
    public List<Registration> bindings(String user, Supplier<List<Registration>> load) {
        long now = System.nanoTime();
        var entry = entries.get(user);
        if (entry != null && now - entry.until() < 0) {
            return entry.bindings();
        }
        var loaded = List.copyOf(load.get());
        put(user, loaded, now);
        return loaded;
    }

    /**
     * What is stored (or queued to be stored) for the user now. Keeps the time of the last read,
     * so that a phone refreshing often does not keep another server's changes out.
     */
    public void put(String user, List<Registration> bindings) {
        var entry = entries.get(user);
        if (entry != null) {
            entries.put(user, new Entry(List.copyOf(bindings), entry.until()));
        }
    }

    public void forget(String user) {
        entries.remove(user);
    }

    private void put(String user, List<Registration> bindings, long now) {
        // only after a read: what is cached is always what was read plus this server's changes
        if (seconds <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(user, new Entry(bindings, now + Duration.ofSeconds(seconds).toNanos()));
    }
}
