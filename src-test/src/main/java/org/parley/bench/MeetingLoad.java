package org.parley.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.imageio.ImageIO;

import jakarta.json.Json;

/**
 * One meeting with N simulated participants (room WebSocket clients of N directory users): the
 * owner uploads a slide, then sends chat messages, page turns and whiteboard strokes in turn at a
 * set total rate for a set time; every participant records how long each event took to reach it.
 * Prints join times, fan-out latency p50/p99/max per event type, deliveries expected against
 * received, and the server's CPU (from /proc) for the joins per participant and per 1,000 deliveries,
 * its live heap (after a full collection, through jcmd) per participant, and its resident memory. Every
 * loop is bounded by the given counts and times; it talks only to the given loopback address.
 * Options (--name=value): port, ldif, users (participants, 200), loginRate (joins per second, 100), changeRate (events
 * per second, 100), seconds (30), serverPid.
 */
public final class MeetingLoad {

    private static final Logger LOG = Logger.getLogger(MeetingLoad.class.getName());
    private static final long DRAIN_SECONDS = 60;
    private static final List<String> TYPES = List.of("chat", "page", "stroke");

    private MeetingLoad() {
    }

    public static void main(String[] args) throws Exception {
        var o = LoadOptions.parse(args);
        var users = uids(o);
        var http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        var probe = o.serverPid() > 0 ? new ServerProbe(o.serverPid()) : null;
        var meeting = createMeeting(http, o, users.get(0));
        long heapEmpty = probe == null ? 0 : probe.liveHeapBytes();
        long cpuEmpty = probe == null ? 0 : probe.cpuMillis();
        int capacity = o.changesPerSecond() * o.seconds() + 10;
        var sends = new LinkedHashMap<String, MeetingClient.SendLog>();
        var latency = new LinkedHashMap<String, Histogram>();
        TYPES.forEach(t -> {
            sends.put(t, new MeetingClient.SendLog(capacity));
            latency.put(t, new Histogram());
        });
        var deliveries = new AtomicLong();
        var joins = new Histogram();
        var refused = new AtomicLong();
        var clients = new ArrayList<MeetingClient>();
        long joinStart = System.nanoTime();
        for (var user : users) {
            var client = new MeetingClient(user, sends, latency, deliveries);
            clients.add(client);
            client.join(http, o.host(), o.httpPort(), meeting).whenComplete((micros, failure) -> {
                if (failure == null) {
                    joins.add(micros);
                } else if (refused.incrementAndGet() <= 3) {
                    LOG.log(Level.WARNING, "{0} did not join: {1}", new Object[] {user, failure.getMessage()});
                }
            });
            Thread.sleep(1000L / Math.max(1, o.loginsPerSecond()));
        }
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (joins.count() + refused.get() < users.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        double joinSeconds = (System.nanoTime() - joinStart) / 1e9;
        long cpuJoins = probe == null ? 0 : probe.cpuMillis() - cpuEmpty;
        long heapJoined = probe == null ? 0 : probe.liveHeapBytes();
        var deck = uploadSlide(http, o, users.get(0), meeting);
        Thread.sleep(2000);
        long cpuBefore = probe == null ? 0 : probe.cpuMillis();
        long rssBefore = probe == null ? 0 : probe.residentBytes();

        var owner = clients.get(0);
        var pinger = Executors.newSingleThreadScheduledExecutor();
        pinger.scheduleAtFixedRate(() -> clients.forEach(c -> c.send("{\"type\":\"ping\"}")), 20, 20, TimeUnit.SECONDS);
        int total = o.changesPerSecond() * o.seconds();
        long interval = 1_000_000_000L / Math.max(1, o.changesPerSecond());
        long next = System.nanoTime();
        for (int i = 0; i < total; i++) {
            var type = TYPES.get(i % TYPES.size());
            sends.get(type).record(System.nanoTime());
            owner.send(message(type, i, deck));
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        long expected = (long) total * joins.count();
        var drainEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        while (deliveries.get() < expected && System.nanoTime() < drainEnd) {
            Thread.sleep(200);
        }
        long cpu = probe == null ? 0 : probe.cpuMillis() - cpuBefore;
        long rss = probe == null ? 0 : probe.residentBytes();
        pinger.shutdownNow();
        clients.forEach(MeetingClient::close);

        BenchOutput.out().printf(Locale.ROOT, "MeetingLoad: %d participants (joined %d, failed %d, in %.1f s; join p50 %.0f ms, p99 %.0f ms)%n",
                users.size(), joins.count(), refused.get(), joinSeconds, joins.percentileMillis(50), joins.percentileMillis(99));
        BenchOutput.out().printf(Locale.ROOT, "events: %d sent by the owner at %d/s for %d s (chat, page, stroke in turn)%n",
                total, o.changesPerSecond(), o.seconds());
        for (var t : TYPES) {
            var h = latency.get(t);
            BenchOutput.out().printf(Locale.ROOT, "  %-6s deliveries %7d  fan-out latency p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms%n",
                    t, h.count(), h.percentileMillis(50), h.percentileMillis(99), h.percentileMillis(100));
        }
        BenchOutput.out().printf(Locale.ROOT, "deliveries: %d of %d expected (%d not arrived %d s after the last send)%n",
                deliveries.get(), expected, expected - deliveries.get(), DRAIN_SECONDS);
        if (probe != null) {
            int n = Math.max(1, joins.count());
            BenchOutput.out().printf(Locale.ROOT, "server: CPU %.0f ms per 1,000 deliveries (%.1f ms per participant per second of events);"
                    + " joining %.1f ms CPU per participant%n",
                    deliveries.get() == 0 ? 0.0 : cpu * 1000.0 / deliveries.get(), cpu / (double) n / o.seconds(),
                    cpuJoins / (double) n);
            BenchOutput.out().printf(Locale.ROOT, "server: live heap %d MB with the empty meeting, %d MB with %d joined"
                    + " (%.0f KB per participant); resident %d MB before the events, %d MB after%n",
                    heapEmpty >> 20, heapJoined >> 20, joins.count(), (heapJoined - heapEmpty) / 1024.0 / n,
                    rssBefore >> 20, rss >> 20);
        }
        BenchOutput.out().println("command: MeetingLoad " + String.join(" ", args));
        System.exit(0);
    }

    private static String message(String type, int i, String deck) {
        return switch (type) {
            case "chat" -> "{\"type\":\"chat\",\"text\":\"bench message " + i + "\"}";
            case "page" -> "{\"type\":\"page\",\"deck\":\"" + deck + "\",\"page\":1}";
            default -> {
                int x = (i * 37) % 9000;
                yield "{\"type\":\"stroke\",\"kind\":\"freehand\",\"points\":[" + x + ",100," + (x + 200) + ",300,"
                        + (x + 400) + ",200," + (x + 600) + ",500],\"color\":\"#336699\",\"width\":3}";
            }
        };
    }

    private static String createMeeting(HttpClient http, LoadOptions o, String owner) throws Exception {
        var body = "{\"kind\":\"instant\",\"title\":\"Load meeting\"}";
        var response = http.send(request(o, owner, "/api/v1/meetings").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating the meeting answered " + response.statusCode() + ": " + response.body());
        }
        return field(response.body(), "id");
    }

    private static String uploadSlide(HttpClient http, LoadOptions o, String owner, String meeting) throws Exception {
        var image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        var response = http.send(request(o, owner, "/api/v1/meetings/" + meeting + "/decks?name=bench.png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("uploading a slide answered " + response.statusCode() + ": " + response.body());
        }
        return field(response.body(), "deck");
    }

    private static HttpRequest.Builder request(LoadOptions o, String user, String path) {
        var auth = Base64.getEncoder().encodeToString((user + ":parley").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://" + o.host() + ":" + o.httpPort() + path))
                .header("Authorization", "Basic " + auth);
    }

    private static String field(String json, String name) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject().getString(name);
        }
    }

    private static List<String> uids(LoadOptions o) throws IOException {
        try (var lines = Files.lines(o.ldif())) {
            var uids = lines.filter(l -> l.startsWith("dn: uid=")).map(l -> l.substring(8, l.indexOf(',')))
                    .limit(o.users()).toList();
            if (uids.size() < o.users()) {
                throw new IllegalArgumentException(o.ldif() + " has only " + uids.size() + " people, not " + o.users());
            }
            return uids;
        }
    }

}
