package org.parley.presence.internal;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.jpa.GroupCommit;
import org.parley.presence.PresenceBus;
import org.parley.presence.LatestPresence;
import org.parley.presence.PresenceChange;
import org.parley.presence.PresenceFanout;

/**
 * The one writer of this server's presence changes. Callers queue a change and wait for it; one
 * thread takes whatever is queued (up to the batch size), stores it in one transaction, then
 * publishes what others now see in one topic message, after the commit. So an idle server writes
 * each change at once, and a busy one pays one transaction and one message for many changes
 * instead of one each; nothing is announced that was not stored. A change that was stored but
 * whose announcement failed (the broker is down) is logged: servers correct their copies from the
 * store within the freshness time ({@code parley.presence.freshSeconds}).
 * <p>Thread safety: the queue and the writer thread are a {@link GroupCommit}; each caller waits
 * on its own future.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceWriter {

    private static final Logger LOG = Logger.getLogger(PresenceWriter.class.getName());

    @Inject
    PresenceBatch batch;

    @Inject
    PresenceBus bus;

    @EJB
    PresenceFanout fanout;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    @Inject
    @ConfigProperty(name = "parley.presence.batchSize", defaultValue = "200")
    int batchSize;

    @Inject
    @ConfigProperty(name = "parley.presence.queueCapacity", defaultValue = "20000")
    int queueCapacity;

    @Inject
    @ConfigProperty(name = "parley.presence.writeTimeoutSeconds", defaultValue = "20")
    int writeTimeoutSeconds;

    /** This server's copy of the newest presence, taken once (the writer thread makes no enterprise-bean calls). */
    private LatestPresence latest;
    private GroupCommit<PresenceOp, Settled, Settled.Outcome> writer;

    @PostConstruct
    void start() {
        latest = fanout.latest();
        writer = new GroupCommit<>(new GroupCommit.Writes<>() {
            @Override
            public Settled store(List<PresenceOp> changes) {
                return batch.apply(changes);
            }

            @Override
            public void committed(Settled settled) {
                // Read your own writes: this server's copy learns the stored presence before the
                // callers are answered, not only when the announcement comes back from the broker
                // (as a read, so this server's watchers still hear the announcement).
                settled.outcomes().forEach(o -> o.presence().ifPresent(p -> latest.read(p.shown())));
                settled.changes().forEach(latest::read);
                announce(settled);
            }

            @Override
            public Settled.Outcome resultOf(Settled settled, int index) {
                return settled.outcomes().get(index);
            }
        }, new GroupCommit.Limits("presence change", batchSize, queueCapacity, Duration.ofSeconds(writeTimeoutSeconds)),
                threads);
    }

    @PreDestroy
    void stop() {
        writer.stop();
    }

    /** Stores one change and announces it; returns what it came to. */
    public Settled.Outcome apply(PresenceOp op) {
        return writer.apply(op);
    }

    /** Stores several changes (batched with whatever else is queued) and returns what each came to. */
    public List<Settled.Outcome> applyAll(List<PresenceOp> ops) {
        return writer.applyAll(ops);
    }

    private void announce(Settled settled) {
        if (settled.changes().isEmpty()) {
            return;
        }
        try {
            bus.publish(settled.changes().stream().map(p -> new PresenceChange(p, serverId)).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stored " + settled.changes().size() + " presence changes but could not announce"
                    + " them; servers correct their copies from the store", e);
        }
    }
}
