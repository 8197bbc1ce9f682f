package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;

/**
 * The CSTA edge (ECMA-323 XML over TCP) against the running server with JAIN-SIP phones: a
 * monitored MakeCall rings the user's phone, then the called party's, with the call events in
 * order; ClearConnection hangs both up; errors for every wrong request; one application's bad
 * input leaves the others alone.
 */
class CstaIT {

    @Test
    void aMonitoredMakeCallShouldRingBothPhonesReportEachStepAndClearWithBye() throws Exception {
        try (var mine = SipPhones.registered("kreddy"); var theirs = SipPhones.registered("tlopez");
                var csta = CstaClient.signedIn("kreddy")) {
            var monitor = csta.request(monitorStart("kreddy"));
            assertEquals("MonitorStartResponse", monitor.name(), monitor.xml());
            var crossRef = monitor.text("monitorCrossRefID");

            var made = csta.request(makeCall("kreddy", "tlopez"));
            assertEquals("MakeCallResponse", made.name(), made.xml());
            var callId = made.text("callID");
            assertTrue(SipAgent.body(mine.await(Request.INVITE, 5)).isEmpty(), "the user's phone rings first, without an offer");
            assertTrue(SipAgent.body(theirs.await(Request.INVITE, 5)).contains("o=kreddy"), "then the called phone, with the offer");
            assertEquals(List.of("ServiceInitiatedEvent", "OriginatedEvent", "DeliveredEvent", "EstablishedEvent"), csta.nextEvents(4));

            var cleared = csta.request(CstaClient.csta("ClearConnection", "<connectionToBeCleared><callID>" + callId
                    + "</callID><deviceID>kreddy</deviceID></connectionToBeCleared>"));
            assertEquals("ClearConnectionResponse", cleared.name(), cleared.xml());
            mine.await(Request.BYE, 5);
            theirs.await(Request.BYE, 5);
            var gone = csta.nextEvent("ConnectionClearedEvent");
            assertEquals(crossRef, gone.text("monitorCrossRefID"));
            assertEquals(callId, gone.text("callID"));

            assertEquals("MonitorStopResponse", csta.request(CstaClient.csta("MonitorStop",
                    "<monitorCrossRefID>" + crossRef + "</monitorCrossRefID>")).name());
            mine.register(0);
            theirs.register(0);
        }
    }

    @Test
    void aCalledPartyWhoDeclinesShouldBeAFailedEvent() throws Exception {
        try (var mine = SipPhones.registered("tlopez"); var theirs = SipPhones.registered("syilmaz");
                var csta = CstaClient.signedIn("tlopez")) {
            theirs.answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.DECLINE : Response.OK);
            csta.request(monitorStart("tlopez"));
            assertEquals("MakeCallResponse", csta.request(makeCall("tlopez", "syilmaz")).name());
            var failed = csta.nextEvent("FailedEvent");
            assertEquals("busy", failed.text("cause"), failed.xml());
            mine.awaitEach(5, Request.ACK, Request.BYE);
            mine.register(0);
            theirs.register(0);
        }
    }

    @Test
    void requestsBeforeSignInAndWrongPasswordsShouldBeRefused() throws Exception {
        try (var csta = new CstaClient()) {
            assertError(csta.request(makeCall("jlopez2", "tlopez")), "operation", "securityViolation");
            var refused = csta.request(CstaClient.startSession("jlopez2", "wrong-password"));
            assertEquals("StartApplicationSessionNegResponse", refused.name(), refused.xml());
            assertEquals("invalidApplicationInfo", refused.text("definedError"));
            assertError(csta.request(monitorStart("jlopez2")), "operation", "securityViolation");
            assertEquals("StartApplicationSessionPosResponse", csta.request(CstaClient.startSession("jlopez2", Server.PASSWORD)).name());
        }
    }

    @Test
    void wrongRequestsShouldGetTheirCstaErrorsAndTheSessionShouldGoOn() throws Exception {
        try (var csta = CstaClient.signedIn("siyer")) {
            assertError(csta.request("<MakeCall xmlns='" + CstaClient.NS + "'><callingDevice>siyer"), "operation", "generic");
            assertError(csta.request(CstaClient.csta("AnswerCall", "")), "operation", "invalidFeature");
            assertError(csta.request(makeCall("siyer", "nosuchperson")), "operation", "invalidCalledDevice");
            assertError(csta.request(makeCall("tlopez", "kreddy")), "operation", "privilegeViolationOnCallingDevice");
            assertError(csta.request(makeCall("siyer", "kandersen")), "stateIncompatibility", "invalidObjectState");
            assertError(csta.request(monitorStart("kreddy")), "operation", "privilegeViolationOnSpecifiedDevice");
            assertError(csta.request(monitorStart("no/such")), "operation", "invalidDeviceIdentifier");
            assertError(csta.request(CstaClient.csta("MonitorStop", "<monitorCrossRefID>999</monitorCrossRefID>")),
                    "operation", "invalidCrossRefID");
            assertError(csta.request(CstaClient.csta("ClearConnection",
                    "<connectionToBeCleared><callID>nope</callID><deviceID>siyer</deviceID></connectionToBeCleared>")),
                    "operation", "invalidConnectionIdentifier");
            assertEquals("MonitorStartResponse", csta.request(monitorStart("siyer")).name(), "the session still works");
        }
    }

    @Test
    void aStreamThatIsNotFramedShouldCloseOnlyItsOwnConnection() throws Exception {
        try (var good = CstaClient.signedIn("emartinez"); var bad = new CstaClient()) {
            bad.sendRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            var answer = bad.readOrEnd();
            assertError(answer, "operation", "generic");
            assertNull(bad.readOrEnd(), "then the connection is closed");
            try (var huge = new CstaClient()) {
                huge.sendRaw(CstaClient.frame("0001", "x".repeat(20_000).getBytes(StandardCharsets.US_ASCII)));
                assertError(huge.readOrEnd(), "operation", "generic");
                assertNull(huge.readOrEnd(), "a frame larger than the limit closes its connection");
            }
            assertEquals("MonitorStartResponse", good.request(monitorStart("emartinez")).name(), "the other application goes on");
        }
    }

    @Test
    void aConnectionPastTheLimitShouldBeClosedAndTheOthersServed() throws Exception {
        int limit = Integer.getInteger("parley.it.cstaMaxConnections", 6);
        var open = new ArrayList<CstaClient>();
        try {
            for (int i = 0; i < limit; i++) {
                var client = new CstaClient();
                open.add(client);
                assertError(client.request(monitorStart("vrahman")), "operation", "securityViolation");
            }
            try (var oneMore = new CstaClient()) {
                assertNull(oneMore.readOrEnd(), "closed at once, unanswered");
            }
            assertError(open.get(0).request(monitorStart("vrahman")), "operation", "securityViolation");
        } finally {
            for (var client : open) {
                client.close();
            }
        }
    }

    @Test
    void aConnectionThatDoesNotSignInShouldBeClosed() throws Exception {
        try (var silent = new CstaClient(); var trickling = new CstaClient()) {
            trickling.sendRaw(new byte[] {0, 0, 0});
            assertNull(silent.readOrEnd(), "closed after the sign-in time, unanswered");
            assertNull(trickling.readOrEnd(), "a frame that never ends does not hold the connection open");
        }
    }

    private static String makeCall(String calling, String called) {
        return CstaClient.csta("MakeCall", "<callingDevice>" + calling + "</callingDevice><calledDirectoryNumber>" + called
                + "</calledDirectoryNumber>");
    }

    private static String monitorStart(String device) {
        return CstaClient.csta("MonitorStart", "<monitorObject><deviceObject>" + device + "</deviceObject></monitorObject>");
    }

    private static void assertError(CstaClient.Frame frame, String category, String value) {
        assertEquals("CSTAErrorCode", frame.name(), frame.xml());
        assertEquals(value, frame.text(category), frame.xml());
    }
}
