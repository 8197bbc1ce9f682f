package org.parley.jpa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parley.error.ParleyException;

/**
 * One writer thread for changes that callers queue: it takes whatever is queued (up to the batch
 * size) and stores it in one transaction, so an idle server writes each change at once and a busy
 * one pays one transaction for many. A caller may wait for its change ({@link #apply}) or leave it
 * queued ({@link #submit}). When a batch fails as a whole, each change is tried alone, so a bad
 * change fails only itself.
 *
 * <p>Thread safety: a bounded blocking queue between callers and the writer thread; each caller
 * waits on its own future; the writer alone runs {@link Writes}.
 *
 * @param <O> a change
 * @param <B> what storing a batch came to
 * @param <R> what one change came to
 */
public final class GroupCommit<O, B, R> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    /** How a batch is stored. */
    public interface Writes<O, B, R> {

        /** Stores the changes, in order, in one transaction. */
        B store(List<O> changes);

        /** After the commit, before anyone waiting is answered. */
        default void committed(B stored) {
        }

        /** What the change at {@code index} came to. */
        R resultOf(B stored, int index);
    }

    /** How the writer is sized and named. */
    public record Limits(String what, int batchSize, int queueCapacity, Duration waitTimeout) {
    }

    private record Pending<O, R>(O change, CompletableFuture<R> done) {
    }

    private final Writes<O, B, R> writes;
    private final Limits limits;
    private final BlockingQueue<Pending<O, R>> queue;
    private final Thread worker;
    private volatile boolean running = true;

    public GroupCommit(Writes<O, B, R> writes, Limits limits, ThreadFactory threads) {
        this.writes = writes;
        this.limits = limits;
        this.queue = new LinkedBlockingQueue<>(limits.queueCapacity());
        this.worker = threads.newThread(this::run);
        worker.setName("parley-" + limits.what().replace(' ', '-') + "-writer");
        worker.start();
    }

    /** Stops the writer; changes still queued fail. */
    public void stop() {
        running = false;
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var left = new ArrayList<Pending<O, R>>();
        queue.drainTo(left);
        left.forEach(p -> p.done().completeExceptionally(stopping()));
    }

    /** Whether the calling thread is the writer's (which must not wait for its own changes). */
    public boolean isWriterThread() {
        return Thread.currentThread() == worker;
    }

    /** Stores one change and returns what it came to. */
    public R apply(O change) {
        return await(submit(change));
    }

    /** Stores several changes (batched with whatever else is queued) and returns what each came to. */
    public List<R> applyAll(List<O> changes) {
        var futures = changes.stream().map(this::submit).toList();
        return futures.stream().map(this::await).toList();
    }

    /**
     * Queues a change without waiting for it.
     *
     * @throws ParleyException.Unavailable when the queue is full or the writer stopped
     */
    public CompletableFuture<R> submit(O change) {
        if (isWriterThread()) {
            throw new IllegalStateException("A " + limits.what() + " was made from inside a " + limits.what());
        }
        if (!running) {
            throw stopping();
        }
        var pending = new Pending<O, R>(change, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            throw new ParleyException.Unavailable("Too many " + limits.what() + "s are waiting to be stored; try again shortly");
        }
        return pending.done();
    }

    private R await(CompletableFuture<R> done) {
        try {
            return done.get(limits.waitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException.Unavailable("Interrupted while storing a " + limits.what());
        } catch (TimeoutException e) {
            throw new ParleyException.Unavailable("A " + limits.what() + " could not be stored in time; try again");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ParleyException p) {
                throw p;
            }
            throw new ParleyException.Unavailable("A " + limits.what() + " cannot be stored now; try again shortly");
        }
    }

    private void run() {
        while (running) {
            try {
                var first = queue.poll(250, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                var taken = new ArrayList<Pending<O, R>>(Math.min(limits.batchSize(), queue.size() + 1));
                taken.add(first);
                queue.drainTo(taken, limits.batchSize() - 1);
                write(taken);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The " + limits.what() + " writer failed; it goes on with the next changes", e);
            }
        }
    }

    private void write(List<Pending<O, R>> taken) {
        B stored;
        try {
            stored = writes.store(taken.stream().map(Pending::change).toList());
        } catch (RuntimeException e) {
            if (taken.size() > 1) {
                LOG.log(Level.FINE, "A batch of " + limits.what() + "s failed; trying its changes one by one", e);
                taken.forEach(p -> write(List.of(p)));
            } else {
                LOG.log(Level.WARNING, "A " + limits.what() + " failed: " + taken.get(0).change(), e);
                taken.get(0).done().completeExceptionally(cause(e));
            }
            return;
        }
        try {
            writes.committed(stored);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stored " + taken.size() + " " + limits.what() + "s; what follows their commit failed", e);
        }
        for (int i = 0; i < taken.size(); i++) {
            taken.get(i).done().complete(writes.resultOf(stored, i));
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
