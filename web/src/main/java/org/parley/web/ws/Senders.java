package org.parley.web.ws;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parley's own threads that write to WebSocket connections ({@link Outbox}), apart from the
 * server's shared pool. Each write is a blocking one made on one of these threads, so its
 * completion never waits for a thread of the shared pool: when the shared pool's threads are all
 * busy closing connections (a close waits for the write in flight on that connection), those
 * writes still finish and the closes with them, instead of every thread waiting for a write
 * completion that no free thread is left to run.
 * <p>Thread safety: a fixed pool with an unbounded queue of connection turns (each connection has
 * at most one turn queued, so the queue is bounded by the number of connections).
 */
@ApplicationScoped
public class Senders {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "parley.ws.senderThreads", defaultValue = "8")
    int count;

    private ExecutorService pool;

    @PostConstruct
    void start() {
        var number = new AtomicInteger();
        pool = new ThreadPoolExecutor(count, count, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            var thread = threads.newThread(task);
            thread.setName("parley-ws-sender-" + number.incrementAndGet());
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Where outboxes run their turns. */
    public Executor executor() {
        return pool;
    }
}
