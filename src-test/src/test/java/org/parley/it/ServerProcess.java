package org.parley.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Starts, stops and kills the Liberty test servers of this build, as an operator would. */
final class ServerProcess {

    private ServerProcess() {
    }

    static void run(String action, String server) throws IOException, InterruptedException {
        var process = new ProcessBuilder(wlp().resolve("bin/server").toString(), action, server)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("server " + action + " " + server + " failed");
        }
    }

    /** Kills the server's JVM outright, as a crash or a pulled plug would. */
    static void kill(String server) throws IOException, InterruptedException {
        var pid = Long.parseLong(Files.readString(wlp().resolve("usr/servers/.pid/" + server + ".pid")).trim());
        var handle = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        handle.destroyForcibly();
        try {
            handle.onExit().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("server " + server + " (pid " + pid + ") did not die", e);
        }
    }

    static void awaitReady(Server server) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                if (Server.send(server.request("/health/ready").GET().build()).statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server on port " + server.httpPort() + " did not become ready");
    }

    private static Path wlp() {
        return Path.of(System.getProperty("parley.it.wlp"));
    }
}
