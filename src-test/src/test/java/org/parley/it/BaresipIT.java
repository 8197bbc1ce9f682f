package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end with a real softphone: Debian's baresip registers with its SIP password, sends and
 * receives chat messages as SIP MESSAGE, shows a colleague's Parley presence through its
 * presence subscription, and takes part in a conference call with its sine-tone audio source.
 * Runs where /usr/bin/baresip exists (profile baresip; CI installs it).
 */
class BaresipIT {

    private static final String PHONE_USER = "tdubois";
    private static final String COLLEAGUE = "snowak";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Process baresip;
    private final StringBuffer output = new StringBuffer();
    private int ctrlPort;

    @BeforeEach
    void startBaresip() throws Exception {
        SipPhones.provision(PHONE_USER);
        var dir = Files.createTempDirectory(Path.of(System.getProperty("parley.it.baresipDir", "target")), "baresip");
        int sipPort;
        try (var probe = new DatagramSocket(0, InetAddress.getLoopbackAddress()); var tcp = new ServerSocket(0)) {
            sipPort = probe.getLocalPort();
            ctrlPort = tcp.getLocalPort();
        }
        var edge = "127.0.0.1:" + SipPhones.SIP_PORT;
        Files.writeString(dir.resolve("config"), String.join("\n",
                "poll_method epoll", "sip_listen 127.0.0.1:" + sipPort, "module_path /usr/lib/baresip/modules",
                "module g711.so", "module ausine.so", "module aufile.so", "module_app account.so",
                "module_app contact.so", "module_app menu.so", "module_app presence.so", "module_app ctrl_tcp.so",
                "ctrl_tcp_listen 127.0.0.1:" + ctrlPort, "audio_player aufile,/dev/null", "audio_source ausine,440",
                "audio_alert aufile,/dev/null", "ausrc_srate 48000", "ausrc_channels 2", ""));
        Files.writeString(dir.resolve("accounts"), "<sip:" + PHONE_USER + "@" + edge + ";transport=udp>;auth_pass="
                + SipPhones.password(PHONE_USER) + ";regint=300\n");
        Files.writeString(dir.resolve("contacts"), "\"Colleague\" <sip:" + COLLEAGUE + "@" + edge + ">;presence=p2p\n");
        baresip = new ProcessBuilder("/usr/bin/baresip", "-f", dir.toString(), "-n", "127.0.0.1", "-s")
                .redirectErrorStream(true).start();
        var reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(baresip.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                output.append("[output ended: ").append(e).append("]\n");
            }
        }, "baresip-output");
        reader.setDaemon(true);
        reader.start();
        await("baresip registered", () -> output.indexOf("} 200 OK (") >= 0);
    }

    @AfterEach
    void stopBaresip() throws InterruptedException {
        if (baresip != null) {
            baresip.destroy();
            if (!baresip.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                baresip.destroyForcibly();
            }
        }
    }

    @Test
    void baresipShouldRegisterAndExchangeMessagesWithTheWebClient() throws Exception {
        var listed = Server.MAIN.get(PHONE_USER, "/api/v1/sip/registrations").body();
        assertTrue(listed.contains("baresip"), "the binding names its user agent: " + listed);

        var fromPhone = "from baresip " + UUID.randomUUID();
        command("contact_next", "");
        command("message", fromPhone);
        var id = Server.json(Server.MAIN.putJson(COLLEAGUE, "/api/v1/conversations/direct/" + PHONE_USER, ""))
                .getString("id");
        await("the phone's message stored", () -> Server.MAIN.get(COLLEAGUE, "/api/v1/conversations/" + id + "/messages")
                .body().contains(fromPhone));

        var fromWeb = "from the web " + UUID.randomUUID();
        SipPhones.chat(COLLEAGUE, PHONE_USER, fromWeb);
        await("baresip received the chat message", () -> output.indexOf(fromWeb) >= 0);
        var received = output.substring(output.lastIndexOf("MESSAGE sip:" + PHONE_USER));
        assertTrue(received.contains("From: <sip:" + COLLEAGUE + "@"), received);
    }

    @Test
    void baresipShouldShowTheColleaguesParleyPresence() throws Exception {
        Server.MAIN.putJson(COLLEAGUE, "/api/v1/presence/me", "{\"status\":\"dnd\",\"message\":\"deep work\"}");
        try (var colleaguePhone = SipPhones.registered(COLLEAGUE)) {
            await("baresip shows the colleague busy", () -> command("contacts", "").contains("Busy"));
            Server.MAIN.putJson(COLLEAGUE, "/api/v1/presence/me", "{\"status\":\"available\"}");
            await("baresip shows the colleague online", () -> command("contacts", "").contains("Online"));
            assertEquals(200, colleaguePhone.register(0).getStatusCode());
            await("baresip shows the colleague offline", () -> command("contacts", "").contains("Offline"));
        }
    }

    @Test
    void baresipShouldTakePartInAConferenceCallWithItsAudio() throws Exception {
        try (var rtp = new org.parley.sipagent.RtpPhone(1000);
                var colleaguePhone = SipPhones.registered(COLLEAGUE).withMedia(rtp.port())) {
            var started = Server.send(Server.MAIN.as(COLLEAGUE, "/api/v1/conferences").header("Content-Type",
                    "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"users\":[\"" + PHONE_USER + "\"]}")).build());
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");
            var invite = colleaguePhone.await(javax.sip.message.Request.INVITE, 10);
            rtp.sendTo(org.parley.sipagent.SipAgent.body(invite));
            await("baresip rings", () -> output.indexOf("Incoming call from") >= 0);
            command("accept", "");
            await("the colleague hears baresip's 440 Hz tone", () -> rtp.level(440) > 1000);
            assertTrue(rtp.level(1000) < 600, "the colleague does not hear an echo of their own tone");
            await("baresip counts as talking", () -> Server.MAIN.get(COLLEAGUE, "/api/v1/conferences/" + id).body()
                    .contains("{\"user\":\"" + PHONE_USER + "\",\"state\":\"connected\",\"muted\":false,\"talking\":true"));
            assertEquals(204, Server.send(Server.MAIN.as(COLLEAGUE, "/api/v1/conferences/" + id).DELETE().build())
                    .statusCode());
            colleaguePhone.await(javax.sip.message.Request.BYE, 10);
            awaitHungUp();
            colleaguePhone.register(0);
        }
    }

    @Test
    void baresipShouldDialIntoAMeetingsConferenceWithItsSipPassword() throws Exception {
        var meeting = Meetings.instant(COLLEAGUE, PHONE_USER).getString("id");
        var sip = Server.json(Server.MAIN.get(PHONE_USER, "/api/v1/meetings/" + meeting)).getJsonObject("dialIn")
                .getString("sip");
        command("dial", sip);
        var id = "m-" + meeting;
        await("baresip is connected and talking in the meeting's conference", () -> Server.MAIN
                .get(COLLEAGUE, "/api/v1/conferences/" + id).body()
                .contains("{\"user\":\"" + PHONE_USER + "\",\"state\":\"connected\",\"muted\":false,\"talking\":true"));
        assertTrue(output.toString().toLowerCase(java.util.Locale.ROOT).contains("sip/2.0 407 proxy authentication"),
                "challenged first: " + output);
        assertEquals(204, Server.send(Server.MAIN.as(COLLEAGUE, "/api/v1/conferences/" + id).DELETE().build())
                .statusCode(), "the meeting's owner ends it");
        awaitHungUp();
    }

    /** Baresip reports the focus's BYE as its call's session closed (ECONNRESET), or the call terminated. */
    private void awaitHungUp() throws InterruptedException {
        await("baresip got the BYE", () -> output.indexOf(": session closed") >= 0
                || output.indexOf(" terminated (duration") >= 0);
    }

    /** Sends a ctrl_tcp command (a netstring of JSON) and returns its response. */
    private String command(String name, String params) {
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

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what + "; baresip said:\n" + output);
            }
            Thread.sleep(200);
        }
    }
}
