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
    private static final int CLOSES_PER_SECOND = 200;

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
        var chat = new ChatCounts(new Histogram(), new AtomicLong(), new AtomicLong());
        var http = new ArrayList<HttpClient>();
        for (int i = 0; i < Math.max(1, options.httpClients()); i++) {
            http.add(HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build());
        }
        var clients = java.util.Collections.synchronizedList(new ArrayList<BenchClient>());
        // Pings from the first connection on, as the web client does: a long sign-in phase must
        // not leave the early connections idle past the server's idle timeout.
        var pinger = Executors.newSingleThreadScheduledExecutor();
        pinger.scheduleAtFixedRate(() -> clients.forEach(c -> c.send("{\"type\":\"ping\"}")),
                PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        var signIn = connectAll(options, users, graph, http, latency, deliveries, chat, clients, report);
        Thread.sleep(SETTLE_MILLIS);
        report.connected(probe, signIn);

        var chats = Executors.newSingleThreadExecutor();
        var chatsSent = chats.submit(() -> sendChats(options, graph, users, clients));
        BenchClient.measuredFrom = System.nanoTime();
        LOG.info(() -> "change phase starts at " + java.time.Instant.now());
        var lastChange = new java.util.HashMap<String, Long>();
        long expected = changePresence(options, users, graph, clients, lastChange);
        LOG.info(() -> "change phase ends at " + java.time.Instant.now());
        long sentChats = chatsSent.get();
        chats.shutdown();
        drain(deliveries, expected, chat.delivered(), sentChats);
        report.changed(probe, latency, deliveries.get(), expected);
        report.lastStatus(lastStatusCheck(users, graph, clients, lastChange));
        report.chatted(chat.latency(), sentChats, chat.acknowledged().get(), chat.delivered().get());

        pinger.shutdownNow();
        closeAll(clients);
        report.print();
        System.exit(0);
    }

    /** What the chat traffic measured: latency to the recipient, messages delivered and acknowledged. */
    private record ChatCounts(Histogram latency, AtomicLong delivered, AtomicLong acknowledged) {
    }

    private static Histogram connectAll(LoadOptions o, List<String> users, ContactGraph graph, List<HttpClient> http,
            Histogram latency, AtomicLong deliveries, ChatCounts chat, List<BenchClient> clients, Report report)
            throws Exception {
        var signIn = new Histogram();
        var retries = new AtomicLong();
        var futures = new ArrayList<CompletableFuture<Long>>();
        long start = System.nanoTime();
        for (int i = 0; i < users.size(); i++) {
            pace(start, i, o.loginsPerSecond());
            var client = new BenchClient(users.get(i), latency, deliveries, chat.latency(), chat.delivered(),
                    chat.acknowledged());
            clients.add(client);
            futures.add(client.connect(http.get(i % http.size()), o.host(), o.httpPort(), graph.contactsOf(users.get(i)), retries)
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
        report.signedIn(signIn.count(), users.size(), (System.nanoTime() - start) / 1e9, retries.get());
        return signIn;
    }

    private static long changePresence(LoadOptions o, List<String> users, ContactGraph graph,
            List<BenchClient> clients, java.util.Map<String, Long> lastChange) throws InterruptedException {
        // People take turns in a shuffled order, so each changes at most once per round of
        // everyone: the server may merge changes of one person made within milliseconds
        // (docs/presence.md), and such a merge is not a loss.
        var order = new ArrayList<Integer>();
        for (int i = 0; i < clients.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(o.seed()));
        // A person whose sign-in failed for good neither changes nor watches: their changes are
        // not made, and no delivery to them is expected.
        var absentWatchers = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < clients.size(); i++) {
            if (!clients.get(i).connected()) {
                graph.contactsOf(users.get(i)).forEach(c -> absentWatchers.merge(c, 1, Integer::sum));
            }
        }
        order.removeIf(i -> !clients.get(i).connected());
        long total = order.isEmpty() ? 0 : (long) o.changesPerSecond() * o.seconds();
        long expected = 0;
        long start = System.nanoTime();
        for (long k = 0; k < total; k++) {
            pace(start, k, o.changesPerSecond());
            int i = order.get((int) (k % order.size()));
            lastChange.put(users.get(i), clients.get(i).changeStatus(k % 2 == 0 ? "available" : "away"));
            expected += graph.watchersOf(users.get(i)) - absentWatchers.getOrDefault(users.get(i), 0);
        }
        return expected;
    }

    /**
     * Sends one-to-one chat messages at the set rate for the measured phase, each from a random
     * person to a random one of their contacts; returns how many were sent.
     */
    private static long sendChats(LoadOptions o, ContactGraph graph, List<String> users, List<BenchClient> clients)
            throws InterruptedException {
        var random = new Random(o.seed() + 1);
        var online = new java.util.HashSet<String>();
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).connected()) {
                online.add(users.get(i));
            }
        }
        long total = (long) o.chatsPerSecond() * o.seconds();
        long sent = 0;
        long start = System.nanoTime();
        for (long k = 0; k < total; k++) {
            pace(start, k, o.chatsPerSecond());
            // Between people who are both connected, so that each message is expected live.
            int i = random.nextInt(clients.size());
            var contacts = graph.contactsOf(users.get(i));
            var to = contacts.get(random.nextInt(contacts.size()));
            if (online.contains(users.get(i)) && online.contains(to)) {
                clients.get(i).chat(to, k);
                sent++;
            }
        }
        return sent;
    }

    /**
     * For every connected watcher and every person on their list who changed: whether the newest
     * status the watcher received is that person's last change. A watcher left on an older
     * status is a lost change, whatever the delivery counts say (the server may merge a burst of
     * one person's changes into the last one, which is not a loss).
     */
    static Report.LastStatus lastStatusCheck(List<String> users, ContactGraph graph, List<BenchClient> clients,
            java.util.Map<String, Long> lastChange) {
        long checked = 0;
        long stale = 0;
        for (int i = 0; i < clients.size(); i++) {
            var watcher = clients.get(i);
            if (!watcher.connected()) {
                continue;
            }
            for (var person : graph.contactsOf(users.get(i))) {
                var last = lastChange.get(person);
                if (last != null) {
                    checked++;
                    if (watcher.lastSeen(person) != last) {
                        stale++;
                    }
                }
            }
        }
        return new Report.LastStatus(checked, stale);
    }

    /** Waits until every expected delivery arrived, or none arrived for the drain time (bounded). */
    private static void drain(AtomicLong deliveries, long expected, AtomicLong chats, long expectedChats)
            throws InterruptedException {
        long last = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_DRAIN_SECONDS);
        while ((deliveries.get() < expected || chats.get() < expectedChats)
                && deliveries.get() + chats.get() != last && System.nanoTime() < deadline) {
            last = deliveries.get() + chats.get();
            Thread.sleep(DRAIN_MILLIS);
        }
    }

    /**
     * Says goodbye on every connection at a bounded rate, then waits a moment for the server's
     * answers. A thousand close frames at once while the server is still writing to those
     * connections held every one of Liberty's WebSocket threads waiting for its write to finish,
     * and the server stopped serving (docs/BENCHMARKS.md); people do not all leave in the same
     * millisecond.
     */
    private static void closeAll(List<BenchClient> clients) throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < clients.size(); i++) {
            pace(start, i, CLOSES_PER_SECOND);
            clients.get(i).close();
        }
        Thread.sleep(SETTLE_MILLIS);
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
