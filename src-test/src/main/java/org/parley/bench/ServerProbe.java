package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a server process's resident memory and CPU time from /proc (Linux). */
final class ServerProbe {

    private static final long CLOCK_TICKS_PER_SECOND = 100;

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
}
