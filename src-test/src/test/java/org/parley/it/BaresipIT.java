package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end with a real softphone: Debian's baresip registers with its SIP password, sends and
 * receives chat messages as SIP MESSAGE, and shows a colleague's Parley presence through its
 * presence subscription. Runs where /usr/bin/baresip exists (profile baresip; CI installs it).
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
}
