package org.parley.privacy.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.presence.PresenceChange;
import org.parley.presence.PresenceFanout;
import org.parley.presence.PresenceListener;

/**
 * Holds this server's privacy cache and evicts from it when any server announces a change.
 * Thread safety: the cache is lock-free (see {@link PrivacyCache}); bean-managed concurrency.
 */
@Singleton
@LocalBean
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PrivacyCacheBean implements PresenceListener {

    @EJB
    PresenceFanout fanout;

    @Inject
    @ConfigProperty(name = "parley.privacy.cacheSize", defaultValue = "100000")
    int capacity;

    private PrivacyCache cache;

    @PostConstruct
    void start() {
        cache = new PrivacyCache(capacity);
        fanout.registerFirst(this);
    }

    @PreDestroy
    void stop() {
        fanout.unregister(this);
    }

    public PrivacyCache cache() {
        return cache;
    }

    @Override
    public void onChange(PresenceChange change) {
        // presence changes do not touch privacy lists
    }

    @Override
    public void onPrivacyChange(String owner) {
        cache.evict(owner);
    }
}
