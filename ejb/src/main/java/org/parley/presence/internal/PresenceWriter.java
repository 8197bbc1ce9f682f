package org.parley.presence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.parley.error.ParleyException;
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
 * <p>Thread safety: a blocking queue between callers and the writer thread; each caller waits on
 * its own future.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceWriter {

    private static final Logger LOG = Logger.getLogger(PresenceWriter.class.getName());

    /** A queued change and who waits for it. */
    private record Pending(PresenceOp op, CompletableFuture<Settled.Outcome> done) {
    }

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

    private BlockingQueue<Pending> queue;
    /** This server's copy of the newest presence, taken once (the writer thread makes no enterprise-bean calls). */
    private LatestPresence latest;
    private volatile boolean running;
    private Thread worker;

    @PostConstruct
    void start() {
        queue = new LinkedBlockingQueue<>(queueCapacity);
        latest = fanout.latest();
        running = true;
        worker = threads.newThread(this::run);
        worker.setName("parley-presence-writer");
        worker.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var left = new ArrayList<Pending>();
        queue.drainTo(left);
        left.forEach(p -> p.done().completeExceptionally(stopping()));
    }

    /** Stores one change and announces it; returns what it came to. */
    public Settled.Outcome apply(PresenceOp op) {
        return await(enqueue(op));
    }

    /** Stores several changes (batched with whatever else is queued) and returns what each came to. */
    public List<Settled.Outcome> applyAll(List<PresenceOp> ops) {
        var futures = ops.stream().map(this::enqueue).toList();
        return futures.stream().map(this::await).toList();
    }

    private CompletableFuture<Settled.Outcome> enqueue(PresenceOp op) {
        if (Thread.currentThread() == worker) {
            throw new IllegalStateException("A presence change was made from inside a presence change");
        }
        if (!running) {
            throw stopping();
        }
        var pending = new Pending(op, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            throw new ParleyException.Unavailable("Presence is overloaded; try again shortly");
        }
        return pending.done();
    }

    private Settled.Outcome await(CompletableFuture<Settled.Outcome> done) {
        try {
            return done.get(writeTimeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException.Unavailable("Interrupted while storing a presence change");
        } catch (TimeoutException e) {
            throw new ParleyException.Unavailable("Presence could not be stored in time; try again");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ParleyException p) {
                throw p;
            }
            throw new ParleyException.Unavailable("Presence cannot be stored now; try again shortly");
        }
    }

    private void run() {
        while (running) {
            try {
                var first = queue.poll(250, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                var taken = new ArrayList<Pending>(Math.min(batchSize, queue.size() + 1));
                taken.add(first);
                queue.drainTo(taken, batchSize - 1);
                write(taken);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The presence writer failed; it goes on with the next changes", e);
            }
        }
    }

    /** Writes a batch; when it fails as a whole, each change is tried alone so one bad change fails only itself. */
    private void write(List<Pending> taken) {
        Settled settled;
        try {
            settled = batch.apply(taken.stream().map(Pending::op).toList());
        } catch (RuntimeException e) {
            if (taken.size() > 1) {
                LOG.log(Level.FINE, "A presence batch failed; trying its changes one by one", e);
                taken.forEach(p -> write(List.of(p)));
            } else {
                LOG.log(Level.WARNING, "A presence change failed: " + taken.get(0).op(), e);
                taken.get(0).done().completeExceptionally(cause(e));
            }
            return;
        }
        // Read your own writes: this server's copy learns the stored presence before the callers
        // are answered, not only when the announcement comes back from the broker (as a read, so
        // this server's watchers still hear the announcement).
        settled.outcomes().forEach(o -> o.presence().ifPresent(p -> latest.read(p.shown())));
        settled.changes().forEach(latest::read);
        announce(settled);
        for (int i = 0; i < taken.size(); i++) {
            taken.get(i).done().complete(settled.outcomes().get(i));
        }
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

    /** The domain error inside a failure the container may have wrapped, or the failure itself. */
    private static Throwable cause(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof ParleyException) {
                return t;
            }
        }
        return e;
    }

    private static ParleyException stopping() {
        return new ParleyException.Unavailable("The server is stopping; reconnect to another");
    }
}
