package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;

/**
 * Click-to-call end to end with a real softphone as the callee: Debian's baresip registered as bob
 * with auto-answer, a JAIN-SIP phone for carol. Parley rings carol's phone (no SDP), sends her
 * offer to baresip, and ACKs her with baresip's own answer; DELETE ends both legs. Runs where
 * /usr/bin/baresip exists (profile baresip).
 */
class BaresipClickToCallIT {

    private static final Pattern AUDIO_PORT = Pattern.compile("m=audio (\\d+) ");

    @Test
    void aClickToCallToBaresipShouldConnectBothLegsAndHangUpShouldEndBoth() throws Exception {
        try (var bob = new Baresip("bob", ";answermode=auto", "")) {
            try {
                callAndHangUp(bob);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(e.getMessage() + "; baresip said:\n" + bob.output(), e);
            }
        }
    }

    private static void callAndHangUp(Baresip bob) throws Exception {
        try (var events = Sockets.connect("carol"); var carolPhone = SipPhones.registered("carol")) {
            var started = SipClickToCallIT.post("carol", "{\"to\":\"bob\"}");
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");

            var invite = carolPhone.await(Request.INVITE, 10);
            assertEquals("", SipAgent.body(invite), "flow I: carol's phone gets no offer");
            // Carol's phone answered with its offer; baresip gets it, answers by itself, and
            // carol's phone is sent baresip's answer in the ACK.
            var answer = SipAgent.body(carolPhone.await(Request.ACK, 30));
            var port = AUDIO_PORT.matcher(answer);
            assertTrue(port.find(), "the ACK carries an SDP answer: " + answer);
            assertFalse(answer.contains("o=carol") || "0".equals(port.group(1)), "baresip's answer, with media: " + answer);
            SipClickToCallIT.call(events, id, "connected");
            var trace = bob.output();
            // baresip registered the contact sip:bob-<id>@…; Parley's INVITE and BYE go there.
            assertTrue(trace.contains("INVITE sip:bob-"), "baresip was sent the INVITE");
            assertTrue(trace.contains("m=audio " + port.group(1) + " "), "the answer is the one baresip sent: " + trace);
            SipPhones.awaitStatus("bob", "on-the-phone");

            var hangUp = Server.send(Server.MAIN.as("carol", "/api/v1/calls/" + id).DELETE().build());
            assertEquals(204, hangUp.statusCode(), hangUp.body());
            carolPhone.await(Request.BYE, 10);
            bob.await("baresip was sent the BYE", () -> bob.output().contains("BYE sip:bob-"));
            SipClickToCallIT.call(events, id, "ended");
            assertEquals("[]", Server.MAIN.get("carol", "/api/v1/calls").body());
            carolPhone.register(0);
        }
    }
}
