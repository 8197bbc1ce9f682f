package org.parley.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Debian's baresip softphone registered as one demo user against the main test server: its own
 * config directory (audio from a sine source, played to /dev/null, so no sound device is needed),
 * its SIP trace collected from its output, commands over its ctrl_tcp interface.
 */
final class Baresip implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final int ctrlPort;
    private final String user;

    /**
     * Starts baresip as {@code user} (SIP password provisioned first) and waits for its registration.
     *
     * @param accountParameters more parameters of its account line, e.g. {@code ;answermode=auto}
     * @param contacts its contacts file (may be empty)
     */
    Baresip(String user, String accountParameters, String contacts) throws IOException, InterruptedException {
        this.user = user;
        SipPhones.provision(user);
        var dir = Files.createTempDirectory(Path.of(System.getProperty("parley.it.baresipDir", "target")), "baresip");
        int sipPort;
        try (var probe = new DatagramSocket(0, InetAddress.getLoopbackAddress()); var tcp = new ServerSocket(0)) {
            sipPort = probe.getLocalPort();
            ctrlPort = tcp.getLocalPort();
        }
        Files.writeString(dir.resolve("config"), String.join("\n",
                "poll_method epoll", "sip_listen 127.0.0.1:" + sipPort, "module_path /usr/lib/baresip/modules",
                "module g711.so", "module ausine.so", "module aufile.so", "module_app account.so",
                "module_app contact.so", "module_app menu.so", "module_app presence.so", "module_app ctrl_tcp.so",
                "ctrl_tcp_listen 127.0.0.1:" + ctrlPort, "audio_player aufile,/dev/null", "audio_source ausine,440",
                // ausine makes 48 kHz stereo only: baresip resamples it for G.711 (8 kHz mono).
                "ausrc_srate 48000", "ausrc_channels 2", "auplay_srate 48000", "audio_alert aufile,/dev/null", ""));
        Files.writeString(dir.resolve("accounts"), "<sip:" + user + "@" + edge() + ";transport=udp>;auth_pass="
                + SipPhones.password(user) + ";regint=300" + accountParameters + "\n");
        Files.writeString(dir.resolve("contacts"), contacts);
        process = new ProcessBuilder("/usr/bin/baresip", "-f", dir.toString(), "-n", "127.0.0.1", "-s")
                .redirectErrorStream(true).start();
        var reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                output.append("[output ended: ").append(e).append("]\n");
            }
        }, "baresip-output");
        reader.setDaemon(true);
        reader.start();
        await(user + "'s baresip registered", () -> output.indexOf("} 200 OK (") >= 0);
    }

    /** The Parley SIP edge under test, host:port. */
    static String edge() {
        return "127.0.0.1:" + SipPhones.SIP_PORT;
    }

    String user() {
        return user;
    }

    /** Everything baresip printed so far (its SIP trace with -s). */
    String output() {
        return output.toString();
    }

    /** Sends a ctrl_tcp command (a netstring of JSON) and returns its response. */
    String command(String name, String params) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), ctrlPort)) {
            socket.setSoTimeout(5_000);
            var json = "{\"command\":\"" + name + "\",\"params\":\"" + params.replace("\"", "\\\"") + "\",\"token\":\"t\"}";
            var bytes = json.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write(',');
            out.flush();
            var in = socket.getInputStream();
            var answer = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                answer.append((char) c);
                if (c == ',' && answer.indexOf("\"response\"") >= 0 && answer.toString().endsWith("},")) {
                    break;
                }
            }
            return answer.toString();
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits (at most 30 s, polling) until {@code condition} holds; fails with baresip's output. */
    void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what + "; baresip said:\n" + output);
            }
            Thread.sleep(200);
        }
    }

    /** Stops baresip and removes the user's SIP password, and with it the binding it leaves behind. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Server.send(Server.MAIN.as(user, "/api/v1/sip/credentials").DELETE().build());
    }
}
