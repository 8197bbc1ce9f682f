package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts established TCP connections to the directory's port from /proc/net/tcp and tcp6 (Linux), every
 * few milliseconds while it runs: the peak is what the directory saw, whatever the server says.
 */
final class LdapSockets implements AutoCloseable {

    private static final long EVERY_MILLIS = 20;
    private static final String ESTABLISHED = "01";

    private final int port;
    private final AtomicInteger peak = new AtomicInteger();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    LdapSockets(int port) {
        this.port = port;
    }

    void start() {
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(count(), Math::max), 0, EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    int peak() {
        return peak.get();
    }

    /** Established connections whose server end is the directory's port (each counted once, at the server end). */
    int count() {
        try {
            int n = 0;
            var hexPort = String.format(":%04X", port);
            for (var table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                for (var line : Files.readAllLines(Path.of(table))) {
                    var fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[1].endsWith(hexPort) && ESTABLISHED.equals(fields[3])) {
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
