package org.parley.telephony.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.telephony.RegistrationStore;

/**
 * Keeps bindings and presence in step over time. At start, after presence housekeeping has
 * dropped the connections this server's previous run left, the bindings registered through this
 * server that have not expired get their presence connections back (a restart loses no
 * registration). Then one timer removes expired bindings, each in its own transaction.
 */
@Singleton
@Startup
@DependsOn("PresenceHousekeeping")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrarHousekeeping {

    private static final Logger LOG = Logger.getLogger(RegistrarHousekeeping.class.getName());

    @Inject
    RegistrationStore store;

    @EJB
    BindingJanitor janitor;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    @Inject
    @ConfigProperty(name = "parley.sip.expirySweepSeconds", defaultValue = "10")
    int sweepSeconds;

    @PostConstruct
    void start() {
        long interval = Duration.ofSeconds(sweepSeconds).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("sip-registrations", false));
        try {
            var live = store.liveOf(serverId, Instant.now());
            live.forEach(janitor::restore);
            if (!live.isEmpty()) {
                LOG.log(Level.INFO, "Restored {0} SIP registrations of this server", live.size());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "SIP registrations could not be restored; phones show as offline until"
                    + " they register again", e);
        }
    }

    @Timeout
    void sweep() {
        try {
            for (var expired : store.expiredBefore(Instant.now())) {
                janitor.expire(expired);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIP registration sweep failed; the next one retries", e);
        }
    }
}
