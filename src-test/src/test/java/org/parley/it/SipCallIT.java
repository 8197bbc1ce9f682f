package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.SipPhones.invite;

import java.time.Duration;
import java.time.Instant;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ReasonHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;
import org.parley.sipagent.SipDialog;

/** Calls between Parley users' phones through the edge's proxy, and to the trunk for numbers. */
class SipCallIT {

    private static final int TRUNK_PORT = Integer.getInteger("parley.it.sipTrunkPort", 15069);

    @Test
    void aCallShouldConnectThroughParleyAndShowBothOnThePhoneUntilTheBye() throws Exception {
        try (var callee = SipPhones.registered("areddy"); var caller = SipPhones.registered("mivanov")) {
            Server.MAIN.putJson("mivanov", "/api/v1/presence/me", "{\"status\":\"away\",\"message\":\"lunch\"}");
            Server.MAIN.putJson("areddy", "/api/v1/presence/me", "{\"status\":\"in-meeting\"}");
            SipPhones.awaitStatus("mivanov", "away");
            var call = caller.start(invite(caller, "areddy"));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode(), ok.toString());
            assertNotNull(ok.getHeader(RecordRouteHeader.NAME), "Parley stays on the path of the dialog");
            var received = callee.await(Request.INVITE, 5);
            assertNotNull(received.getHeader(RecordRouteHeader.NAME));
            assertTrue(SipAgent.body(ok).contains("o=areddy"), "the callee's SDP answer reaches the caller");
            assertTrue(SipAgent.body(received).contains("o=mivanov"), "the caller's SDP offer reaches the callee");

            var dialog = SipDialog.ofCaller(caller, call.request(), ok);
            caller.sendStateless(dialog.ack());
            callee.await(Request.ACK, 5);
            SipPhones.awaitStatus("areddy", "on-the-phone");
            SipPhones.awaitStatus("mivanov", "on-the-phone");

            var bye = caller.transact(dialog.bye());
            assertEquals(200, bye.getStatusCode(), bye.toString());
            callee.await(Request.BYE, 5);
            SipPhones.awaitStatus("areddy", "in-meeting");
            var back = Server.json(Server.MAIN.get("areddy", "/api/v1/presence/mivanov"));
            assertEquals("away", back.getString("status"), "the caller's own status comes back");
            assertEquals("lunch", back.getString("message"));
            caller.register(0);
            callee.register(0);
        } finally {
            Server.MAIN.putJson("mivanov", "/api/v1/presence/me", "{\"status\":\"available\"}");
            Server.MAIN.putJson("areddy", "/api/v1/presence/me", "{\"status\":\"available\"}");
        }
    }

    @Test
    void theCalleeShouldBeAbleToHangUpThroughParley() throws Exception {
        try (var callee = SipPhones.registered("lreddy"); var caller = SipPhones.phone("oyilmaz")) {
            Server.MAIN.putJson("lreddy", "/api/v1/presence/me", "{\"status\":\"away\"}");
            var call = caller.start(invite(caller, "lreddy"));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode());
            caller.sendStateless(SipDialog.ofCaller(caller, call.request(), ok).ack());
            var invite = callee.await(Request.INVITE, 5);
            SipPhones.awaitStatus("lreddy", "on-the-phone");
            var calleeSide = SipDialog.ofCallee(callee, invite, callee.answerTo(callId(invite)));
            assertEquals(200, callee.transact(calleeSide.bye()).getStatusCode());
            caller.await(Request.BYE, 5);
            SipPhones.awaitStatus("lreddy", "away");
            callee.register(0);
        }
    }

    @Test
    void aCallShouldRingEveryDeviceAndCancelTheOthersWhenOneAnswers() throws Exception {
        try (var desk = SipPhones.registered("ohassan"); var mobile = SipPhones.registered("ohassan");
                var caller = SipPhones.phone("mpatel")) {
            desk.answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.RINGING : Response.OK);
            mobile.answerWith(r -> {
                if (Request.INVITE.equals(r.getMethod())) {
                    pause(Duration.ofMillis(500)); // the desk phone rings first
                }
                return Response.OK;
            });
            var call = caller.start(invite(caller, "ohassan"));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode());
            assertTrue(SipAgent.body(ok).contains("o=ohassan"));
            caller.sendStateless(SipDialog.ofCaller(caller, call.request(), ok).ack());
            desk.await(Request.CANCEL, 5);
            mobile.await(Request.ACK, 5);
            var bye = caller.transact(SipDialog.ofCaller(caller, call.request(), ok).bye());
            assertEquals(200, bye.getStatusCode());
            desk.register(0);
            mobile.register(0);
        }
    }

    @Test
    void aCallerShouldBeAbleToCancelARingingCall() throws Exception {
        try (var callee = SipPhones.registered("esato"); var caller = SipPhones.phone("pkowalski")) {
            callee.answerWith(r -> Response.RINGING);
            var call = caller.start(invite(caller, "esato"));
            assertEquals(180, caller.awaitProvisional(5).getStatusCode(), "ringing reaches the caller");
            assertEquals(200, caller.cancel(call).getStatusCode());
            assertEquals(487, call.awaitFinal().getStatusCode());
            callee.await(Request.CANCEL, 5);
            callee.register(0);
        }
    }

    @Test
    void aRefusalOfTheCalleeShouldReachTheCaller() throws Exception {
        try (var callee = SipPhones.registered("areddy"); var caller = SipPhones.phone("lreddy")) {
            callee.answerWith(r -> Response.BUSY_HERE);
            assertEquals(486, caller.start(invite(caller, "areddy")).awaitFinal().getStatusCode());
            callee.answerWith(r -> Response.DECLINE);
            assertEquals(603, caller.start(invite(caller, "areddy")).awaitFinal().getStatusCode());
            callee.register(0);
        }
    }

    @Test
    void callsThatCannotBePlacedShouldGetTheirStatusCodes() throws Exception {
        try (var caller = SipPhones.phone("oyilmaz")) {
            assertEquals(404, caller.start(invite(caller, "nosuchperson")).awaitFinal().getStatusCode());
            var nobody = caller.start(invite(caller, "mivanov")).awaitFinal();
            assertEquals(480, nobody.getStatusCode(), "mivanov has no phone registered");
            assertEquals(403, caller.start(invite(caller, "+3312345678")).awaitFinal().getStatusCode(),
                    "the trunk's number pattern allows only +49 numbers");
            var anonymous = caller.transact(invite(caller, "areddy"));
            assertEquals(407, anonymous.getStatusCode(), "the caller authenticates to the proxy");
        }
        try (var impostor = new SipAgent("oyilmaz", "wrong-password", SipPhones.SIP_PORT)) {
            assertEquals(407, impostor.start(invite(impostor, "areddy")).awaitFinal().getStatusCode());
        }
    }

    @Test
    void aCalleeOnDoNotDisturbShouldBeBusyWithAReason() throws Exception {
        Server.MAIN.putJson("mpatel", "/api/v1/presence/me", "{\"status\":\"dnd\"}");
        try (var callee = SipPhones.registered("mpatel"); var caller = SipPhones.phone("esato")) {
            var busy = caller.start(invite(caller, "mpatel")).awaitFinal();
            assertEquals(486, busy.getStatusCode());
            var reason = (ReasonHeader) busy.getHeader(ReasonHeader.NAME);
            assertNotNull(reason, busy.toString());
            assertTrue(reason.getText().contains("does not want to be disturbed"), reason.toString());
            assertTrue(callee.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())), "the phone never rang");
            callee.register(0);
        } finally {
            Server.MAIN.putJson("mpatel", "/api/v1/presence/me", "{\"status\":\"available\"}");
        }
    }

    @Test
    void aNumberShouldGoToTheTrunk() throws Exception {
        try (var trunk = new SipAgent("pbx", "unused", SipPhones.SIP_PORT, TRUNK_PORT);
                var caller = SipPhones.phone("pkowalski")) {
            trunk.answerWith(r -> Response.DECLINE);
            assertEquals(603, caller.start(invite(caller, "+4930123456")).awaitFinal().getStatusCode());
            var sent = trunk.await(Request.INVITE, 5);
            assertTrue(sent.getRequestURI().toString().startsWith("sip:+4930123456@127.0.0.1:" + TRUNK_PORT),
                    sent.getRequestURI().toString());
        }
    }

    private static String callId(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
