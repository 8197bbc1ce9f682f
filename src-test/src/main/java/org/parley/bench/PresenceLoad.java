package org.parley.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Connects N simulated people to a running Parley server over WebSocket at a set rate, each
 * watching a contact list, then changes presence at a set rate for a set time, and prints
 * sign-in rate and times, presence delivery latency, lost deliveries and the server's memory
 * and CPU per user. Every loop is bounded by the given counts and times; it talks only to the
 * given loopback address.
 */
public final class PresenceLoad {

    private static final Logger LOG = Logger.getLogger(PresenceLoad.class.getName());
    private static final long SETTLE_MILLIS = 3_000;
    private static final long DRAIN_MILLIS = 5_000;
    private static final long MAX_DRAIN_SECONDS = 120;
    private static final long PING_SECONDS = 30;

    private PresenceLoad() {
    }

    public static void main(String[] args) throws Exception {
        var options = LoadOptions.parse(args);
        var report = new Report(options);
        var users = uids(options.ldif(), options.users());
        var graph = new ContactGraph(users, options.contacts(), options.seed());
        var probe = options.serverPid() > 0 ? new ServerProbe(options.serverPid()) : null;
        report.before(probe);

        var latency = new Histogram();
        var deliveries = new AtomicLong();
        var http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        var clients = new ArrayList<BenchClient>();
        var signIn = connectAll(options, users, graph, http, latency, deliveries, clients, report);
        var pinger = Executors.newSingleThreadScheduledExecutor();
        pinger.scheduleAtFixedRate(() -> clients.forEach(c -> c.send("{\"type\":\"ping\"}")),
                PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        Thread.sleep(SETTLE_MILLIS);
        report.connected(probe, signIn);

        long expected = changePresence(options, users, graph, clients);
        drain(deliveries, expected);
        report.changed(probe, latency, deliveries.get(), expected);

        pinger.shutdownNow();
        clients.forEach(BenchClient::close);
        report.print();
        System.exit(0);
    }

    private static Histogram connectAll(LoadOptions o, List<String> users, ContactGraph graph, HttpClient http,
            Histogram latency, AtomicLong deliveries, List<BenchClient> clients, Report report) throws Exception {
        var signIn = new Histogram();
        var futures = new ArrayList<CompletableFuture<Long>>();
        long start = System.nanoTime();
        for (int i = 0; i < users.size(); i++) {
            pace(start, i, o.loginsPerSecond());
            var client = new BenchClient(users.get(i), latency, deliveries);
            clients.add(client);
            futures.add(client.connect(http, o.host(), o.httpPort(), graph.contactsOf(users.get(i)))
                    .whenComplete((micros, failure) -> {
                        if (failure == null) {
                            signIn.add(micros);
                        }
                    }));
        }
        long limitSeconds = users.size() / Math.max(1, o.loginsPerSecond()) + 120;
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(limitSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warning(() -> "Not every sign-in succeeded: " + e);
        }
        report.signedIn(signIn.count(), users.size(), (System.nanoTime() - start) / 1e9);
        return signIn;
    }

    private static long changePresence(LoadOptions o, List<String> users, ContactGraph graph,
            List<BenchClient> clients) throws InterruptedException {
        var random = new Random(o.seed());
        long total = (long) o.changesPerSecond() * o.seconds();
        long expected = 0;
        long start = System.nanoTime();
        for (long k = 0; k < total; k++) {
            pace(start, k, o.changesPerSecond());
            int i = random.nextInt(clients.size());
            clients.get(i).changeStatus(k % 2 == 0 ? "available" : "dnd");
            expected += graph.watchersOf(users.get(i));
        }
        return expected;
    }

    /** Waits until every expected delivery arrived, or none arrived for the drain time (bounded). */
    private static void drain(AtomicLong deliveries, long expected) throws InterruptedException {
        long last = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_DRAIN_SECONDS);
        while (deliveries.get() < expected && deliveries.get() != last && System.nanoTime() < deadline) {
            last = deliveries.get();
            Thread.sleep(DRAIN_MILLIS);
        }
    }

    private static void pace(long start, long index, int perSecond) throws InterruptedException {
        long due = start + index * 1_000_000_000L / Math.max(1, perSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    static List<String> uids(Path ldif, int count) throws IOException {
        try (var lines = Files.lines(ldif)) {
            var uids = lines.filter(l -> l.startsWith("dn: uid="))
                    .map(l -> l.substring("dn: uid=".length(), l.indexOf(','))).limit(count).toList();
            if (uids.size() < count) {
                throw new IllegalArgumentException(ldif + " has only " + uids.size() + " people, not " + count);
            }
            return uids;
        }
    }
}
