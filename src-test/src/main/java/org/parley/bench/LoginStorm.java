package org.parley.bench;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The morning login storm: N people of a directory sign in as fast as the server takes them,
 * each as a browser does (POST /api/v1/session, whose password the server checks against the
 * directory, then GET /api/v1/contacts: the contact list with the presence of its people). It
 * first gives each person a contact list (once), then (unless --cold=false) empties the server's directory cache so
 * the storm starts cold, then prints sign-ins per second, sign-in times, the server's LDAP
 * operations per sign-in, the share of sign-in time spent verifying passwords, the cache hit
 * rate, the peak number of LDAP connections (from the server's figures and, independently,
 * from /proc/net/tcp) and CPU per sign-in. Every loop is bounded by the user count and a time
 * limit; it talks only to the given loopback address.
 */
public final class LoginStorm {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(LoginStorm.class.getName());

    private static final long LIMIT_SECONDS = 900;

    private LoginStorm() {
    }

    public static void main(String[] args) throws Exception {
        var o = StormOptions.parse(args);
        var all = PresenceLoad.uids(o.ldif(), count(o));
        var users = all.subList(0, o.users());
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        var client = new StormClient(http, o.host(), o.httpPort());
        var pool = Executors.newFixedThreadPool(o.concurrency());
        if (!o.skipSetup()) {
            setUp(o, all, users, client, pool);
        }
        if (o.cold() && client.adminDelete(o.admin(), "/api/v1/admin/directory/cache") != 204) {
            throw new IllegalStateException("could not empty the directory cache as " + o.admin());
        }
        var before = figures(client, o);
        var server = o.serverPid() > 0 ? new ServerProbe(o.serverPid()) : null;
        var ldap = o.ldapPid() > 0 ? new ServerProbe(o.ldapPid()) : null;
        long serverCpu = server == null ? 0 : server.cpuMillis();
        long ldapCpu = ldap == null ? 0 : ldap.cpuMillis();

        var sessions = new Histogram();
        var totals = new Histogram();
        var failed = new AtomicInteger();
        var contactsSeen = new AtomicLong();
        try (var sockets = new LdapSockets(o.ldapPort())) {
            int socketsBefore = sockets.count();
            sockets.start();
            long start = System.nanoTime();
            var next = new AtomicInteger();
            for (int t = 0; t < o.concurrency(); t++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < users.size(); i = next.getAndIncrement()) {
                        try {
                            var s = client.signIn(users.get(i));
                            sessions.add(s.sessionMicros());
                            totals.add(s.totalMicros());
                            contactsSeen.addAndGet(s.contacts());
                        } catch (Exception e) {
                            if (failed.getAndIncrement() < 5) {
                                LOG.warning("sign-in failed: " + e.getMessage());
                            }
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            var after = figures(client, o);
            long serverCpuUsed = server == null ? 0 : server.cpuMillis() - serverCpu;
            long ldapCpuUsed = ldap == null ? 0 : ldap.cpuMillis() - ldapCpu;
            print(o, seconds, sessions, totals, failed.get(), contactsSeen.get(), before, after, socketsBefore,
                    sockets.peak(), serverCpuUsed, ldapCpuUsed);
        }
        System.exit(0);
    }

    private static int count(StormOptions o) throws java.io.IOException {
        try (var lines = java.nio.file.Files.lines(o.ldif())) {
            return (int) lines.filter(l -> l.startsWith("dn: uid=")).count();
        }
    }

    private static void setUp(StormOptions o, List<String> all, List<String> users, StormClient client,
            ExecutorService pool) throws Exception {
        var graph = new ContactGraph(all, o.contacts(), o.seed());
        var done = new AtomicInteger();
        var tasks = new ArrayList<java.util.concurrent.Future<?>>();
        long start = System.nanoTime();
        for (var user : users) {
            tasks.add(pool.submit(() -> {
                try {
                    client.giveContacts(user, graph.contactsOf(user));
                    done.incrementAndGet();
                } catch (java.io.IOException e) {
                    LOG.warning("set-up skipped " + user + ": " + e.getMessage());
                }
                return null;
            }));
        }
        for (var task : tasks) {
            task.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        }
        BenchOutput.out().printf(Locale.ROOT, "set-up: %d contact lists of %d in %.1f s%n", done.get(), o.contacts(),
                (System.nanoTime() - start) / 1e9);
    }

    private static JsonObject figures(StormClient client, StormOptions o) throws Exception {
        try (var reader = Json.createReader(new StringReader(client.adminGet(o.admin(), "/api/v1/admin/directory")))) {
            return reader.readObject();
        }
    }

    private static long delta(JsonObject before, JsonObject after, String part, String field) {
        return after.getJsonObject(part).getJsonNumber(field).longValue()
                - before.getJsonObject(part).getJsonNumber(field).longValue();
    }

    private static void print(StormOptions o, double seconds, Histogram sessions, Histogram totals, int failed,
            long contactsSeen, JsonObject before, JsonObject after, int socketsBefore, int socketsPeak,
            long serverCpu, long ldapCpu) {
        int ok = totals.count();
        long searches = delta(before, after, "directory", "searches");
        long binds = delta(before, after, "directory", "binds");
        long hits = delta(before, after, "directory", "cacheHits");
        long misses = delta(before, after, "directory", "cacheMisses");
        long bindNanos = delta(before, after, "directory", "bindNanos");
        long checkNanos = delta(before, after, "signIns", "checkNanos");
        double clientSignInSeconds = totals.sumMicros() / 1e6;
        var d = after.getJsonObject("directory");
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "login storm %s: %d users of %s, %d contacts each, %d in flight, %s%n",
                Instant.now(), o.users(), o.ldif().getFileName(), o.contacts(), o.concurrency(),
                o.cold() ? "directory cache emptied first" : "directory cache as found"));
        out.append(String.format(Locale.ROOT, "signed in: %d ok, %d failed in %.1f s = %.0f sign-ins/s%n", ok, failed,
                seconds, ok / seconds));
        out.append(String.format(Locale.ROOT, "sign-in (session + contact list) p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                totals.percentileMillis(50), totals.percentileMillis(99), totals.percentileMillis(100)));
        out.append(String.format(Locale.ROOT, "session POST alone p50 %.1f ms, p99 %.1f ms; contacts shown per list %.1f%n",
                sessions.percentileMillis(50), sessions.percentileMillis(99), ok == 0 ? 0.0 : (double) contactsSeen / ok));
        out.append(String.format(Locale.ROOT, "LDAP operations: %d searches + %d binds = %.2f per sign-in%n", searches,
                binds, ok == 0 ? 0.0 : (double) (searches + binds) / ok));
        out.append(String.format(Locale.ROOT,
                "password verification (binds): %.1f%% of the clients' sign-in time, %.1f%% of the server's credential checks, %.3f ms per bind%n",
                100.0 * bindNanos / 1e9 / clientSignInSeconds, checkNanos == 0 ? 0.0 : 100.0 * bindNanos / checkNanos,
                binds == 0 ? 0.0 : bindNanos / 1e6 / binds));
        out.append(String.format(Locale.ROOT, "directory cache hit rate: %.1f%% (%d hits, %d misses)%n",
                hits + misses == 0 ? 0.0 : 100.0 * hits / (hits + misses), hits, misses));
        out.append(String.format(Locale.ROOT,
                "LDAP connections: server pool size %d, peak in use %d (since start); TCP connections to port %d: %d before, peak %d%n",
                d.getInt("poolSize"), d.getInt("peakInUse"), o.ldapPort(), socketsBefore, socketsPeak));
        out.append(String.format(Locale.ROOT, "refused by the directory bounds: %d; throttled sign-ins: %d%n",
                delta(before, after, "directory", "refused"), delta(before, after, "signIns", "throttled")));
        if (serverCpu > 0) {
            out.append(String.format(Locale.ROOT, "CPU per sign-in: server %.2f ms, directory %.2f ms%n",
                    (double) serverCpu / Math.max(1, ok), (double) ldapCpu / Math.max(1, ok)));
        }
        BenchOutput.out().print(out);
    }
}
