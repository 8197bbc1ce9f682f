package org.parley.directory.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.OrgDirectory;
import org.parley.error.ParleyException;

/**
 * Reads every person and group into the directory's cache when the server starts and every
 * {@code parley.ldap.preloadSeconds} after (0: never), a little inside the cache's time to
 * live, so that a morning login storm finds everyone there. A failed read is logged and tried
 * again at the next interval. Timers of this bean never overlap (bean-managed, one timer).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DirectoryRefresh {

    private static final Logger LOG = Logger.getLogger(DirectoryRefresh.class.getName());
    private static final long FIRST_MILLIS = 2_000;

    @Inject
    OrgDirectory directory;

    @Inject
    @ConfigProperty(name = "parley.ldap.preloadSeconds", defaultValue = "270")
    int preloadSeconds;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        if (preloadSeconds > 0) {
            timers.createIntervalTimer(FIRST_MILLIS, preloadSeconds * 1000L, new TimerConfig("directory-refresh", false));
        }
    }

    @Timeout
    void refresh() {
        long start = System.nanoTime();
        try {
            int people = directory.refresh();
            LOG.log(Level.INFO, "Directory cache refreshed: {0} people in {1} ms",
                    new Object[] {people, (System.nanoTime() - start) / 1_000_000});
        } catch (ParleyException.Unavailable e) {
            LOG.log(Level.WARNING, "Directory cache refresh failed: {0}", e.getMessage());
        }
    }
}
