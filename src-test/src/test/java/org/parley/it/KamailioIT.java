package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.SipPhones.invite;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ListIterator;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;
import org.parley.sipagent.SipDialog;

/**
 * The trunk against a real PBX: Debian's Kamailio, with extensions (JAIN-SIP agents registered
 * to its location service), is the trunk of the second test server ({@code parley.sip.trunk.uri}
 * names Kamailio's port there; the main server keeps SipCallIT's trunk agent). Calls to numbers
 * go through Parley to Kamailio to the extension and back, click-to-call rings extensions, and
 * the PBX calls Parley users, trusted by its address. Like a SIP provider, the PBX challenges
 * the INVITEs and BYEs of Parley (407, SHA-256), which answers with the second server's trunk
 * credentials once; extensions 4966… want another account's password. Runs where /usr/sbin/kamailio exists
 * (profile kamailio; CI installs it).
 */
class KamailioIT {

    private static final Server SECOND = new Server(Integer.getInteger("parley.it.secondHttpPort", 19280));
    private static final int SECOND_SIP = Integer.getInteger("parley.it.secondSipPort", 15260);
    private static final String EXTENSION = "4930555100";
    /** An extension of another account at the PBX: Parley's trunk password is wrong for it. */
    private static final String OTHER_ACCOUNTS = "49660001";
    private static Kamailio pbx;

    @BeforeAll
    static void startThePbx() throws Exception {
        pbx = Kamailio.start(SECOND_SIP);
    }

    @AfterAll
    static void stopThePbx() {
        if (pbx != null) {
            pbx.close();
        }
    }

    @Test
    void aCallToAnExtensionShouldGoThroughParleyAndThePbxWithItsMedia() throws Exception {
        try (var extension = extension(EXTENSION); var phone = phone("kmensah")) {
            var call = phone.start(invite(phone, EXTENSION));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode(), ok + pbx.output());
            var rung = extension.await(Request.INVITE, 5);
            assertTrue(SipAgent.body(rung).contains("o=kmensah"), "the caller's offer reaches the extension");
            assertTrue(SipAgent.body(ok).contains("o=" + EXTENSION), "the extension's answer reaches the caller");
            assertEquals(2, count(ok, RecordRouteHeader.NAME), "Parley and the PBX both stay on the dialog's path");
            assertTrue(passedThePbx(rung), rung.toString());

            var dialog = SipDialog.ofCaller(phone, call.request(), ok);
            phone.sendStateless(dialog.ack());
            extension.await(Request.ACK, 5);
            SipPhones.awaitStatus("kmensah", "on-the-phone");
            assertEquals(200, phone.transact(dialog.bye()).getStatusCode());
            assertTrue(passedThePbx(extension.await(Request.BYE, 5)), "the BYE follows the route set");
            SipPhones.awaitStatus("kmensah", "available");
            phone.register(0);
        }
    }

    @Test
    void aNumberThePbxDoesNotKnowShouldComeBackToTheCallerAs404() throws Exception {
        try (var phone = phone("vibrahim")) {
            var refused = phone.start(invite(phone, "4930555199")).awaitFinal();
            assertEquals(404, refused.getStatusCode(), refused.toString());
            assertEquals("No Such Extension", refused.getReasonPhrase(), "Kamailio's own answer, passed on by Parley");
            phone.register(0);
        }
    }

    @Test
    void anExtensionShouldCallAParleyUsersPhoneWithoutDigestAsThePbxIsTrusted() throws Exception {
        try (var extension = extension(EXTENSION); var phone = phone("vrahman")) {
            var call = extension.start(invite(extension, "vrahman"));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode(), "no 407: the request came from the trunk " + ok);
            var rung = phone.await(Request.INVITE, 5);
            assertTrue(rung.getHeader("From").toString().contains("sip:" + EXTENSION + "@"), "the phone shows the number");
            assertTrue(SipAgent.body(rung).contains("o=" + EXTENSION));
            assertTrue(SipAgent.body(ok).contains("o=vrahman"));

            var dialog = SipDialog.ofCaller(extension, call.request(), ok);
            extension.sendStateless(dialog.ack());
            phone.await(Request.ACK, 5);
            SipPhones.awaitStatus("vrahman", "on-the-phone");
            assertEquals(200, extension.transact(dialog.bye()).getStatusCode());
            phone.await(Request.BYE, 5);
            SipPhones.awaitStatus("vrahman", "available");
            phone.register(0);
        }
    }

    @Test
    void aCallFromThePbxShouldKeepDoNotDisturbAndAnyOtherSourceShouldAuthenticate() throws Exception {
        Server.MAIN.putJson("idlamini", "/api/v1/presence/me", "{\"status\":\"dnd\"}");
        try (var extension = extension(EXTENSION); var phone = phone("idlamini");
                var impostor = new SipAgent(EXTENSION, "unused", SECOND_SIP)) {
            assertEquals(486, extension.start(invite(extension, "idlamini")).awaitFinal().getStatusCode(),
                    "a number is nobody's Do Not Disturb exception");
            assertEquals(407, impostor.transact(invite(impostor, "idlamini")).getStatusCode(),
                    "the same number sent straight to Parley, not from the trunk: digest needed");
            assertTrue(phone.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())), "the phone never rang");
            phone.register(0);
        } finally {
            Server.MAIN.putJson("idlamini", "/api/v1/presence/me", "{\"status\":\"available\"}");
        }
    }

    @Test
    void parleyShouldRefuseToPassPbxCallsOnOrToTakeThemFromNamesThatAreNotNumbers() throws Exception {
        try (var extension = extension(EXTENSION); var reception = extension("reception"); var phone = phone("idlamini")) {
            var transit = extension.start(invite(extension, "99123456")).awaitFinal();
            assertEquals(403, transit.getStatusCode(), "a number from the trunk is not sent back out " + transit);
            var named = reception.start(invite(reception, "idlamini")).awaitFinal();
            assertEquals(403, named.getStatusCode(), "a call from the trunk names its calling number " + named);
            assertTrue(phone.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())), "the phone never rang");
            phone.register(0);
        }
    }

    @Test
    void clickToCallShouldRingTheUsersPhoneThenTheExtensionAndHangUpBothThroughThePbx() throws Exception {
        // the WebSocket last: the test server closes one idle for a few seconds
        try (var extension = extension(EXTENSION); var mine = phone("swang"); var events = Sockets.connect(SECOND, "swang")) {
            var started = post("swang", "{\"to\":\"49 30 555 100\"}");
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");
            assertEquals("", SipAgent.body(mine.await(Request.INVITE, 5)), "flow I: no offer to the caller's phone");
            var rung = extension.await(Request.INVITE, 5);
            assertTrue(passedThePbx(rung), rung.toString());
            assertTrue(SipAgent.body(rung).contains("o=swang"), "the extension gets the caller's offer");
            assertTrue(SipAgent.body(mine.await(Request.ACK, 5)).contains("o=" + EXTENSION));
            extension.await(Request.ACK, 5);
            call(events, id, "connected");

            var hangUp = Server.send(SECOND.as("swang", "/api/v1/calls/" + id).DELETE().build());
            assertEquals(204, hangUp.statusCode(), hangUp.body());
            mine.await(Request.BYE, 5);
            assertTrue(passedThePbx(extension.await(Request.BYE, 5)), "Parley's BYE follows the PBX's Record-Route");
            call(events, id, "ended");
            mine.register(0);
        }
    }

    @Test
    void callMeAtAnExtensionShouldRingItFirstAndEndWhenTheCalleeHangsUp() throws Exception {
        try (var extension = extension(EXTENSION); var theirs = phone("creddy"); var events = Sockets.connect(SECOND, "miyer")) {
            var started = post("miyer", "{\"to\":\"creddy\",\"from\":\"" + EXTENSION + "\"}");
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");
            var first = extension.await(Request.INVITE, 5);
            assertTrue(first.getHeader("From").toString().contains("sip:creddy@"), "the extension shows whom it will reach");
            var invite = theirs.await(Request.INVITE, 5);
            assertTrue(SipAgent.body(invite).contains("o=" + EXTENSION), "the callee gets the extension's offer");
            assertTrue(invite.getHeader("From").toString().contains("sip:miyer@"));
            assertTrue(SipAgent.body(extension.await(Request.ACK, 5)).contains("o=creddy"));
            call(events, id, "connected");

            var calleeSide = SipDialog.ofCallee(theirs, invite, theirs.answerTo(callId(invite)));
            assertEquals(200, theirs.transact(calleeSide.bye()).getStatusCode());
            assertTrue(passedThePbx(extension.await(Request.BYE, 5)));
            assertEquals("the callee hung up", call(events, id, "ended").getString("reason"));
            theirs.register(0);
        }
    }

    @Test
    void aConferenceShouldRingSomeoneWithoutAPhoneAtTheirDirectoryNumberThroughThePbx() throws Exception {
        // ktorres has no Parley phone; her office number (+1-555-0140-1239 in the directory) is a PBX extension.
        try (var office = extension("+155501401239"); var mine = phone("gwojcik");
                var events = Sockets.connect(SECOND, "gwojcik")) {
            var started = Server.send(SECOND.as("gwojcik", "/api/v1/conferences").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"users\":[\"ktorres\"]}")).build());
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");
            assertTrue(started.body().contains("{\"user\":\"ktorres\",\"state\":\"ringing\""), started.body());
            mine.await(Request.INVITE, 10);
            var rung = office.await(Request.INVITE, 10);
            assertTrue(passedThePbx(rung), rung.toString());
            assertTrue(rung.getHeader("From").toString().contains("sip:conf-" + id + "@"), "the conference calls");
            assertTrue(SipAgent.body(rung).contains("RTP/AVP 0 8"), "with the focus's offer: " + SipAgent.body(rung));
            SipConferenceIT.conferenceEvent(events, id, "ktorres", "connected");

            var ended = Server.send(SECOND.as("gwojcik", "/api/v1/conferences/" + id).DELETE().build());
            assertEquals(204, ended.statusCode(), ended.body());
            assertTrue(passedThePbx(office.await(Request.BYE, 5)), "the focus's BYE follows the PBX's Record-Route");
            mine.await(Request.BYE, 5);
            office.register(0);
            mine.register(0);
        }
    }

    @Test
    void aCallThroughTheChallengingPbxShouldGoAgainWithCredentialsAndKeepEachSidesCseq() throws Exception {
        try (var extension = extension(EXTENSION); var phone = phone("afischer")) {
            var call = phone.start(invite(phone, EXTENSION));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode(), ok + pbx.output());
            var rung = extension.await(Request.INVITE, 5);
            var callId = callId(rung);
            assertTrue(pbx.output().contains("PBX: challenged INVITE sip:" + EXTENSION + "@"), pbx.output());
            assertTrue(pbx.output().contains("PBX: authenticated INVITE sip:" + EXTENSION + "@"), pbx.output());
            assertEquals(null, rung.getHeader("Proxy-Authorization"), "the PBX keeps Parley's credentials to itself");
            assertTrue(SipAgent.body(rung).contains("o=afischer"), "the caller's offer reaches the extension");
            assertTrue(SipAgent.body(ok).contains("o=" + EXTENSION), "the extension's answer reaches the caller");
            assertEquals(cseq(ok) + 1, cseq(rung), "the INVITE went again with the next CSeq");

            var dialog = SipDialog.ofCaller(phone, call.request(), ok);
            phone.sendStateless(dialog.ack());
            assertEquals(cseq(rung), cseq(extension.await(Request.ACK, 5)), "the ACK has the CSeq the extension saw");
            SipPhones.awaitStatus("afischer", "on-the-phone");
            var bye = dialog.bye();
            var ended = phone.transact(bye);
            assertEquals(200, ended.getStatusCode());
            assertEquals(cseq(bye), cseq(ended), "the caller's own CSeq comes back");
            var byeThere = extension.await(Request.BYE, 5);
            assertEquals(callId, callId(byeThere));
            assertTrue(pbx.output().contains("PBX: challenged BYE sip:" + EXTENSION + "@"), pbx.output());
            assertEquals(cseq(bye) + 2, cseq(byeThere), "one ahead for the INVITE and one for the BYE sent again");
            SipPhones.awaitStatus("afischer", "available");
            phone.register(0);
        }
    }

    @Test
    void aPasswordThePbxRefusesShouldFailTheCallWith403AfterOneRetry() throws Exception {
        try (var extension = extension(OTHER_ACCOUNTS); var phone = phone("jyilmaz")) {
            var call = phone.start(invite(phone, OTHER_ACCOUNTS));
            var refused = call.awaitFinal();
            assertEquals(403, refused.getStatusCode(), refused + pbx.output());
            assertTrue(refused.getHeader("Reason").toString().contains("cause=407"), "the PBX's status: " + refused);
            assertEquals(null, refused.getHeader("Proxy-Authenticate"), "the PBX's challenge is not the phone's to answer");
            var callId = ((CallIdHeader) call.request().getHeader(CallIdHeader.NAME)).getCallId();
            var tries = pbx.output().lines().filter(l -> l.contains("PBX: challenged INVITE") && l.contains(callId))
                    .map(l -> l.substring(l.lastIndexOf("cseq ") + 5).strip()).distinct().count();
            assertEquals(2, tries, "the INVITE and one retry with credentials, no more: " + pbx.output());
            assertTrue(extension.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())), "never rang");
            phone.register(0);
        }
    }

    @Test
    void clickToCallShouldFailTheLegWhoseCredentialsThePbxRefuses() throws Exception {
        try (var extension = extension(OTHER_ACCOUNTS); var mine = phone("cnguyen");
                var events = Sockets.connect(SECOND, "cnguyen")) {
            var started = post("cnguyen", "{\"to\":\"" + OTHER_ACCOUNTS + "\"}");
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");
            mine.await(Request.INVITE, 5);
            assertEquals("the callee answered 407", call(events, id, "failed").getString("reason"));
            mine.await(Request.BYE, 5);
            assertTrue(extension.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())), "never rang");
            mine.register(0);
        }
    }

    /** A PBX extension: a SIP agent registered to Kamailio's location service (no digest there). */
    private static SipAgent extension(String number) throws Exception {
        var agent = new SipAgent(number, "unused", Kamailio.PORT);
        var registered = agent.register(300);
        assertEquals(200, registered.getStatusCode(), registered + pbx.output());
        return agent;
    }

    /** A Parley user's phone registered through the second server, whose trunk is Kamailio. */
    private static SipAgent phone(String user) throws Exception {
        SipPhones.provision(user);
        var agent = new SipAgent(user, SipPhones.password(user), SECOND_SIP);
        var registered = agent.register(300);
        assertEquals(200, registered.getStatusCode(), registered.toString());
        return agent;
    }

    /** Whether a request reached the extension through Kamailio: a Via of the PBX's port. */
    private static boolean passedThePbx(Request request) {
        for (ListIterator<?> it = request.getHeaders(ViaHeader.NAME); it.hasNext();) {
            if (((ViaHeader) it.next()).getPort() == Kamailio.PORT) {
                return true;
            }
        }
        return false;
    }

    /** How many headers {@code header} a message has (KamailioTlsIT too). */
    static int count(Message message, String header) {
        int n = 0;
        for (ListIterator<?> it = message.getHeaders(header); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static long cseq(Message message) {
        return ((CSeqHeader) message.getHeader(CSeqHeader.NAME)).getSeqNumber();
    }

    private static String callId(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }

    private static HttpResponse<String> post(String user, String json) {
        return Server.send(SECOND.as(user, "/api/v1/calls").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static JsonObject call(Sockets events, String id, String state) {
        return events.next(m -> "call".equals(m.getString("type", "")) && id.equals(m.getString("id", ""))
                && state.equals(m.getString("state", "")), "call " + id + " " + state);
    }
}
