package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Reads a server process's resident memory and CPU time from /proc (Linux), and its live heap
 * through the JDK's {@code jcmd} (a full collection first, so that only reachable objects count).
 */
final class ServerProbe {

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final long pid;

    ServerProbe(long pid) {
        this.pid = pid;
    }

    /** Resident set size in bytes. */
    long residentBytes() throws IOException {
        for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for " + pid);
    }

    /** User plus system CPU time in milliseconds. */
    long cpuMillis() throws IOException {
        var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /** Heap in use right after a full collection, in bytes (runs {@code jcmd PID GC.run}, then {@code GC.heap_info}). */
    long liveHeapBytes() throws IOException, InterruptedException {
        jcmd("GC.run");
        // One line per generation (serial, parallel) or one for the whole heap (G1): "total NK, used NK".
        var m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        long used = -1;
        while (m.find()) {
            used = Math.max(used, 0) + Long.parseLong(m.group(1)) * 1024;
        }
        if (used < 0) {
            throw new IOException("jcmd GC.heap_info of " + pid + " gave no heap figure");
        }
        return used;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        var process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroy();
            throw new IOException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }
}
