package org.parley.it;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Kamailio as the PBX on the far side of Parley's trunk: the configuration of
 * {@code kamailio/pbx.cfg} (a registrar for the PBX's extensions and a proxy to Parley) with
 * this run's ports, written to a directory of its own under target/ with its runtime directory
 * and pid file, and Kamailio run in the foreground (-DD -E) until {@link #close()}. Over TLS
 * ({@link #startTls}) the same configuration with {@code WITH_TLS} and {@code kamailio/tls.cfg}.
 */
final class Kamailio implements AutoCloseable {

    /** Where Kamailio listens (UDP, loopback): the trunk URI of the server under test names it. */
    static final int PORT = Integer.getInteger("parley.it.kamailioPort", 15070);
    private static final String BINARY = System.getProperty("parley.it.kamailio", "/usr/sbin/kamailio");
    private static final int READY_ATTEMPTS = 40;
    private static final int READY_WAIT_MILLIS = 500;

    private final Process process;
    private final Path log;
    private final int port;

    private Kamailio(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts Kamailio routing the names that are not numbers to Parley's SIP edge on {@code parleySipPort}. */
    static Kamailio start(int parleySipPort) throws IOException, InterruptedException {
        return start(PORT, parleySipPort, null);
    }

    /**
     * Starts Kamailio on {@code port} for UDP (its extensions) and TLS (Parley's trunk), showing the
     * certificate {@code certificate} with its {@code key} (PEM), and sending to Parley's TLS port
     * {@code parleyTlsPort} over TLS, where it checks Parley's certificate against {@code authority}.
     */
    static Kamailio startTls(int port, int parleyTlsPort, Path certificate, Path key, Path authority)
            throws IOException, InterruptedException {
        return start(port, parleyTlsPort, new Tls(certificate, key, authority));
    }

    /** The files of Kamailio's TLS: its certificate and key, and the authority of Parley's certificate. */
    private record Tls(Path certificate, Path key, Path authority) {
    }

    private static Kamailio start(int port, int parleyPort, Tls tls) throws IOException, InterruptedException {
        var dir = Path.of(System.getProperty("parley.it.kamailioDir", "target"), "kamailio-" + UUID.randomUUID());
        var run = Files.createDirectories(dir.resolve("run"));
        var tlsCfg = dir.resolve("tls.cfg");
        if (tls != null) {
            Files.writeString(tlsCfg, resource("tls.cfg")
                    .replace("@CERTIFICATE@", tls.certificate().toAbsolutePath().toString())
                    .replace("@PRIVATE_KEY@", tls.key().toAbsolutePath().toString())
                    .replace("@CA_LIST@", tls.authority().toAbsolutePath().toString()));
        }
        var cfg = dir.resolve("kamailio.cfg");
        Files.writeString(cfg, resource("pbx.cfg").replace("@PBX_PORT@", Integer.toString(port))
                .replace("@PARLEY_HOST@", "127.0.0.1").replace("@PARLEY_PORT@", Integer.toString(parleyPort))
                .replace("@TLS_CFG@", tlsCfg.toAbsolutePath().toString()));
        var log = dir.resolve("kamailio.log");
        var command = new java.util.ArrayList<>(java.util.List.of(BINARY, "-DD", "-E", "-f", cfg.toString(),
                "-Y", run.toString(), "-P", run.resolve("kamailio.pid").toString(), "-w", dir.toString(), "-m", "32", "-M", "8"));
        if (tls != null) {
            command.addAll(java.util.List.of("-A", "WITH_TLS"));
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var kamailio = new Kamailio(process, log, port);
        try {
            kamailio.awaitReady();
        } catch (IOException | RuntimeException e) {
            kamailio.close();
            throw e;
        }
        return kamailio;
    }

    private static String resource(String name) throws IOException {
        try (var in = Kamailio.class.getResourceAsStream("/kamailio/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Where this Kamailio listens: UDP, and TLS when started so. */
    int port() {
        return port;
    }

    /** Sends OPTIONS to Kamailio until it answers 200 (at most 40 tries of half a second). */
    private void awaitReady() throws IOException, InterruptedException {
        try (var socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(READY_WAIT_MILLIS);
            var buffer = new byte[4096];
            for (int attempt = 0; attempt < READY_ATTEMPTS; attempt++) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kamailio exited with " + process.exitValue() + ":\n" + output());
                }
                var options = options(port, socket.getLocalPort(), attempt).getBytes(StandardCharsets.US_ASCII);
                socket.send(new DatagramPacket(options, options.length, InetAddress.getLoopbackAddress(), port));
                try {
                    var packet = new DatagramPacket(buffer, buffer.length);
                    socket.receive(packet);
                    if (new String(buffer, 0, packet.getLength(), StandardCharsets.US_ASCII).startsWith("SIP/2.0 200")) {
                        return;
                    }
                } catch (SocketTimeoutException e) {
                    // not listening yet: try again
                }
            }
        }
        throw new IllegalStateException("Kamailio did not answer OPTIONS on " + port + ":\n" + output());
    }

    private static String options(int port, int ownPort, int attempt) {
        return "OPTIONS sip:127.0.0.1:" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + ownPort + ";branch=z9hG4bK-ready-" + UUID.randomUUID() + "\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=probe\r\nTo: <sip:127.0.0.1:" + port + ">\r\n"
                + "Call-ID: ready-" + UUID.randomUUID() + "\r\nCSeq: " + (attempt + 1) + " OPTIONS\r\nContent-Length: 0\r\n\r\n";
    }

    /** What Kamailio logged so far (its request log shows which requests passed through it). */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "[no log: " + e + "]";
        }
    }

    /** Stops Kamailio and its children: SIGTERM, at most 10 s, then SIGKILL (at most 10 s more). */
    @Override
    public void close() {
        var children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
