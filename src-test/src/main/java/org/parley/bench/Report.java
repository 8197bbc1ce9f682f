package org.parley.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Collects the load program's figures and prints them with how they were made. */
final class Report {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final LoadOptions options;
    private final List<String> lines = new ArrayList<>();
    private long rssBefore;
    private long heapBefore;
    private long rssConnected;
    private long heapConnected;
    private long cpuBeforeChanges;
    private int connected;

    Report(LoadOptions options) {
        this.options = options;
    }

    void before(ServerProbe probe) throws IOException, InterruptedException {
        if (probe != null) {
            heapBefore = heapAfterGc();
            rssBefore = probe.residentBytes();
        }
    }

    void signedIn(int ok, int tried, double seconds, long retries) {
        connected = ok;
        line("connected users          %d of %d", ok, tried);
        line("sign-ins repeated        %d (the server answered 429/503 with Retry-After)", retries);
        line("logins/s                 %.0f (%.1f s for all)", ok / seconds, seconds);
    }

    void connected(ServerProbe probe, Histogram signIn) throws IOException, InterruptedException {
        line("sign-in p50/p99/max      %.1f / %.1f / %.1f ms", signIn.percentileMillis(50),
                signIn.percentileMillis(99), signIn.percentileMillis(100));
        if (probe != null) {
            heapConnected = heapAfterGc();
            rssConnected = probe.residentBytes();
            cpuBeforeChanges = probe.cpuMillis();
            line("server heap per user     %.1f KB (live heap after GC: %d MB idle, %d MB connected)",
                    (heapConnected - heapBefore) / 1024.0 / Math.max(1, connected), heapBefore >> 20, heapConnected >> 20);
            line("server RSS per user      %.1f KB (resident: %d MB idle, %d MB connected)",
                    (rssConnected - rssBefore) / 1024.0 / Math.max(1, connected), rssBefore >> 20, rssConnected >> 20);
        }
    }

    void changed(ServerProbe probe, Histogram latency, long delivered, long expected) throws IOException {
        line("presence changes         %d/s for %d s", options.changesPerSecond(), options.seconds());
        line("presence deliveries      %d of %d expected (%d fewer: merged or lost, see the last-status check)",
                delivered, expected, Math.max(0, expected - delivered));
        line("presence latency p50/p99/max  %.1f / %.1f / %.1f ms", latency.percentileMillis(50),
                latency.percentileMillis(99), latency.percentileMillis(100));
        if (probe != null) {
            long cpu = probe.cpuMillis() - cpuBeforeChanges;
            line("server CPU per 1,000 deliveries  %.1f ms (%d ms CPU during the change phase)",
                    cpu * 1000.0 / Math.max(1, delivered), cpu);
        }
    }

    /** How many (watcher, changed person) pairs were checked, and how many ended on an older status. */
    record LastStatus(long checked, long stale) {
    }

    void lastStatus(LastStatus check) {
        line("last status check        %d watchers of changed people: %d on the person's last status, lost %d",
                check.checked(), check.checked() - check.stale(), check.stale());
    }

    void chatted(Histogram latency, long sent, long acknowledged, long delivered) {
        line("chat messages            %d/s for %d s: %d sent, %d acknowledged, %d delivered, lost %d",
                options.chatsPerSecond(), options.seconds(), sent, acknowledged, delivered, Math.max(0, sent - delivered));
        line("chat latency p50/p99/max %.1f / %.1f / %.1f ms", latency.percentileMillis(50),
                latency.percentileMillis(99), latency.percentileMillis(100));
    }

    void print() {
        PrintStream out = BenchOutput.out();
        out.println("Parley presence load, " + Instant.now());
        out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores visible to the load program, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
        out.println("options: " + options);
        lines.forEach(out::println);
    }

    private void line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
    }

    /** The server's live heap after a full collection, through jcmd. */
    private long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        var matcher = HEAP_USED.matcher(jcmd("GC.heap_info"));
        long usedKb = 0;
        while (matcher.find()) {
            usedKb = Math.max(usedKb, Long.parseLong(matcher.group(1)));
        }
        return usedKb * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        var jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, Long.toString(options.serverPid()), command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }
}
