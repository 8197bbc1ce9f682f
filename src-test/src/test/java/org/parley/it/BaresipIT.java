package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

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

    private Baresip baresip;

    @BeforeEach
    void startBaresip() throws Exception {
        baresip = new Baresip(PHONE_USER, "",
                "\"Colleague\" <sip:" + COLLEAGUE + "@" + Baresip.edge() + ">;presence=p2p\n");
    }

    @AfterEach
    void stopBaresip() throws InterruptedException {
        if (baresip != null) {
            baresip.close();
        }
    }

    @Test
    void baresipShouldRegisterAndExchangeMessagesWithTheWebClient() throws Exception {
        var listed = Server.MAIN.get(PHONE_USER, "/api/v1/sip/registrations").body();
        assertTrue(listed.contains("baresip"), "the binding names its user agent: " + listed);

        var fromPhone = "from baresip " + UUID.randomUUID();
        baresip.command("contact_next", "");
        baresip.command("message", fromPhone);
        var id = Server.json(Server.MAIN.putJson(COLLEAGUE, "/api/v1/conversations/direct/" + PHONE_USER, ""))
                .getString("id");
        baresip.await("the phone's message stored", () -> Server.MAIN.get(COLLEAGUE, "/api/v1/conversations/" + id + "/messages")
                .body().contains(fromPhone));

        var fromWeb = "from the web " + UUID.randomUUID();
        SipPhones.chat(COLLEAGUE, PHONE_USER, fromWeb);
        baresip.await("baresip received the chat message", () -> baresip.output().contains(fromWeb));
        var output = baresip.output();
        var received = output.substring(output.lastIndexOf("MESSAGE sip:" + PHONE_USER));
        assertTrue(received.contains("From: <sip:" + COLLEAGUE + "@"), received);
    }

    @Test
    void baresipShouldShowTheColleaguesParleyPresence() throws Exception {
        Server.MAIN.putJson(COLLEAGUE, "/api/v1/presence/me", "{\"status\":\"dnd\",\"message\":\"deep work\"}");
        try (var colleaguePhone = SipPhones.registered(COLLEAGUE)) {
            baresip.await("baresip shows the colleague busy", () -> baresip.command("contacts", "").contains("Busy"));
            Server.MAIN.putJson(COLLEAGUE, "/api/v1/presence/me", "{\"status\":\"available\"}");
            baresip.await("baresip shows the colleague online", () -> baresip.command("contacts", "").contains("Online"));
            assertEquals(200, colleaguePhone.register(0).getStatusCode());
            baresip.await("baresip shows the colleague offline", () -> baresip.command("contacts", "").contains("Offline"));
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
            baresip.await("baresip rings", () -> baresip.output().contains("Incoming call from"));
            baresip.command("accept", "");
            baresip.await("the colleague hears baresip's 440 Hz tone", () -> rtp.level(440) > 1000);
            assertTrue(rtp.level(1000) < 600, "the colleague does not hear an echo of their own tone");
            baresip.await("baresip counts as talking", () -> Server.MAIN.get(COLLEAGUE, "/api/v1/conferences/" + id).body()
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
        baresip.command("dial", sip);
        var id = "m-" + meeting;
        baresip.await("baresip is connected and talking in the meeting's conference", () -> Server.MAIN
                .get(COLLEAGUE, "/api/v1/conferences/" + id).body()
                .contains("{\"user\":\"" + PHONE_USER + "\",\"state\":\"connected\",\"muted\":false,\"talking\":true"));
        assertTrue(baresip.output().toLowerCase(java.util.Locale.ROOT).contains("sip/2.0 407 proxy authentication"),
                "challenged first: " + baresip.output());
        assertEquals(204, Server.send(Server.MAIN.as(COLLEAGUE, "/api/v1/conferences/" + id).DELETE().build())
                .statusCode(), "the meeting's owner ends it");
        awaitHungUp();
    }

    /** Baresip reports the focus's BYE as its call's session closed (ECONNRESET), or the call terminated. */
    private void awaitHungUp() throws InterruptedException {
        baresip.await("baresip got the BYE", () -> baresip.output().contains(": session closed")
                || baresip.output().contains(" terminated (duration"));
    }
}
