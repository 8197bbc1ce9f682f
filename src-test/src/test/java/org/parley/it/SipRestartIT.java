package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;

/**
 * Registrations are stored: after a restart the phone is still bound and reachable without
 * registering again, and its next refresh finds it bound (and online) still.
 */
class SipRestartIT {

    @Test
    void aRegistrationShouldSurviveAServerRestart() throws Exception {
        Server.MAIN.putJson("csvensson", "/api/v1/presence/me", "{\"status\":\"away\"}");
        try (var phone = SipPhones.registered("csvensson")) {
            ServerProcess.run("stop", System.getProperty("parley.it.server"));
            ServerProcess.run("start", System.getProperty("parley.it.server"));
            ServerProcess.awaitReady(Server.MAIN);

            var listed = Server.MAIN.get("csvensson", "/api/v1/sip/registrations").body();
            assertTrue(listed.contains(phone.contact()), listed);

            var text = "after the restart " + UUID.randomUUID();
            SipPhones.chat("zchen", "csvensson", text);
            assertEquals(text, SipAgent.body(phone.await(Request.MESSAGE, 20)));
            phone.forgetNonce();
            var refreshed = phone.register(300);
            assertEquals(200, refreshed.getStatusCode());
            var status = Server.json(Server.MAIN.get("alice", "/api/v1/presence/csvensson")).getString("status");
            assertEquals("away", status, "the binding is a presence connection");
            assertEquals(200, phone.register(0).getStatusCode());
        }
    }
}
