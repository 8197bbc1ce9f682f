package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;
import org.parley.sipagent.SipDialog;

/**
 * Click-to-call over REST (RFC 3725 flow I) with JAIN-SIP phones as the caller's and the callee's,
 * and each leg as the dialog event package (RFC 4235) shows it to the watchers of the phone's user.
 */
class SipClickToCallIT {

    @Test
    void aClickToCallShouldRingTheCallerThenTheCalleeAndConnectTheirMedia() throws Exception {
        try (var events = Sockets.connect("tvanderberg"); var mine = SipPhones.registered("tvanderberg");
                var theirs = SipPhones.registered("ayilmaz")) {
            var started = post("tvanderberg", "{\"to\":\"ayilmaz\"}");
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");
            assertEquals("ringing", call(events, id, "ringing").getString("state"));

            var first = mine.await(Request.INVITE, 5);
            assertEquals("", SipAgent.body(first), "flow I: the caller's phone gets no offer");
            assertTrue(first.getHeader("From").toString().contains("sip:ayilmaz@"), "the caller's phone shows the callee");
            var second = theirs.await(Request.INVITE, 5);
            assertTrue(SipAgent.body(second).contains("o=tvanderberg"), "the callee gets the caller's offer");
            assertTrue(second.getHeader("From").toString().contains("sip:tvanderberg@"));
            var ack = mine.await(Request.ACK, 5);
            assertTrue(SipAgent.body(ack).contains("o=ayilmaz"), "the caller's phone gets the callee's answer in the ACK");
            theirs.await(Request.ACK, 5);
            call(events, id, "connected");
            SipPhones.awaitStatus("ayilmaz", "on-the-phone");
            SipPhones.awaitStatus("tvanderberg", "on-the-phone");
            assertTrue(Server.MAIN.get("tvanderberg", "/api/v1/calls").body().contains("\"state\":\"connected\""));

            var hangUp = Server.send(Server.MAIN.as("tvanderberg", "/api/v1/calls/" + id).DELETE().build());
            assertEquals(204, hangUp.statusCode(), hangUp.body());
            mine.await(Request.BYE, 5);
            theirs.await(Request.BYE, 5);
            call(events, id, "ended");
            awaitNotOnThePhone("ayilmaz");
            assertEquals("[]", Server.MAIN.get("tvanderberg", "/api/v1/calls").body());
            mine.register(0);
            theirs.register(0);
        }
    }

    @Test
    void aCalleeWhoRefusesShouldEndTheCallersLegWithBye() throws Exception {
        try (var events = Sockets.connect("ajohansson"); var mine = SipPhones.registered("ajohansson");
                var theirs = SipPhones.registered("sfischer")) {
            theirs.answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.DECLINE : Response.OK);
            var id = Server.json(post("ajohansson", "{\"to\":\"sfischer\"}").body()).getString("id");
            mine.await(Request.INVITE, 5);
            var ended = mine.awaitEach(5, Request.ACK, Request.BYE);
            assertTrue(SipAgent.body(ended.get(Request.ACK)).contains("m=audio 0 "), "the ACK takes no media");
            var refused = call(events, id, "refused");
            assertTrue(refused.getString("reason").contains("603"), refused.toString());
            mine.register(0);
            theirs.register(0);
        }
    }

    @Test
    void theCalleeHangingUpShouldEndTheCallersLeg() throws Exception {
        try (var events = Sockets.connect("flindqvist"); var mine = SipPhones.registered("flindqvist");
                var theirs = SipPhones.registered("ikaur")) {
            var id = Server.json(post("flindqvist", "{\"to\":\"ikaur\",\"from\":\"device\"}").body()).getString("id");
            var invite = theirs.await(Request.INVITE, 5);
            call(events, id, "connected");
            var dialog = org.parley.sipagent.SipDialog.ofCallee(theirs, invite,
                    theirs.answerTo(((javax.sip.header.CallIdHeader) invite.getHeader("Call-ID")).getCallId()));
            assertEquals(200, theirs.transact(dialog.bye()).getStatusCode());
            mine.await(Request.BYE, 5);
            assertTrue(call(events, id, "ended").getString("reason").contains("callee hung up"));
            mine.register(0);
            theirs.register(0);
        }
    }

    @Test
    void watchersOfBothPhonesShouldFollowTheirLegsWithTheOtherPartyAsRemote() throws Exception {
        try (var mine = SipPhones.registered("tobrien"); var theirs = SipPhones.registered("mcosta");
                var callerWatcher = SipDialogIT.watcher("edlamini"); var calleeWatcher = SipDialogIT.watcher("msantos")) {
            theirs.answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.RINGING : Response.OK);
            SipDialogIT.watch(callerWatcher, "tobrien");
            SipDialogIT.watch(calleeWatcher, "mcosta");
            long[] callerVersion = {0};
            long[] calleeVersion = {0};
            var started = post("tobrien", "{\"to\":\"mcosta\"}");
            assertEquals(201, started.statusCode(), started.body());

            var first = mine.await(Request.INVITE, 5);
            var callersLeg = SipDialogIT.until(callerWatcher, "confirmed", callerVersion);
            var firstCallId = ((CallIdHeader) first.getHeader(CallIdHeader.NAME)).getCallId();
            assertEquals(firstCallId, callersLeg.getAttribute("call-id"));
            assertEquals("recipient", callersLeg.getAttribute("direction"), "Parley's INVITE rang the caller's phone");
            assertTrue(SipDialogIT.remoteOf(callersLeg).startsWith("sip:mcosta@"), "connected to the callee");

            var second = theirs.await(Request.INVITE, 5);
            var secondCallId = ((CallIdHeader) second.getHeader(CallIdHeader.NAME)).getCallId();
            var ringing = SipDialogIT.until(calleeWatcher, "early", calleeVersion);
            assertEquals(secondCallId, ringing.getAttribute("call-id"));
            assertEquals("recipient", ringing.getAttribute("direction"));
            assertTrue(SipDialogIT.remoteOf(ringing).startsWith("sip:tobrien@"), SipDialogIT.remoteOf(ringing));
            theirs.answerRinging(secondCallId, Response.OK);
            assertEquals(secondCallId, SipDialogIT.until(calleeWatcher, "confirmed", calleeVersion).getAttribute("call-id"));

            mine.await(Request.ACK, 5);
            var dialog = SipDialog.ofCallee(mine, first, mine.answerTo(firstCallId));
            assertEquals(200, mine.transact(dialog.bye()).getStatusCode());
            theirs.await(Request.BYE, 5);
            assertEquals("local-bye", SipDialogIT.eventOf(SipDialogIT.until(callerWatcher, "terminated", callerVersion)),
                    "the caller's phone hung up");
            assertEquals("remote-bye", SipDialogIT.eventOf(SipDialogIT.until(calleeWatcher, "terminated", calleeVersion)),
                    "Parley ended the callee's leg");
            mine.register(0);
            theirs.register(0);
        }
    }

    @Test
    void aCalleeRefusingShouldBeRejectedForTheirWatchersAndRemoteByeForTheCallers() throws Exception {
        try (var mine = SipPhones.registered("mahmed2"); var theirs = SipPhones.registered("ehaddad");
                var callerWatcher = SipDialogIT.watcher("jlopez"); var calleeWatcher = SipDialogIT.watcher("tgarcia")) {
            theirs.answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.BUSY_HERE : Response.OK);
            SipDialogIT.watch(callerWatcher, "mahmed2");
            SipDialogIT.watch(calleeWatcher, "ehaddad");
            assertEquals(201, post("mahmed2", "{\"to\":\"ehaddad\"}").statusCode());
            mine.await(Request.INVITE, 5);
            assertEquals("rejected", SipDialogIT.eventOf(SipDialogIT.until(calleeWatcher, "terminated", new long[] {0})));
            assertEquals("remote-bye", SipDialogIT.eventOf(SipDialogIT.until(callerWatcher, "terminated", new long[] {0})),
                    "Parley's BYE ended the caller's answered leg");
            mine.register(0);
            theirs.register(0);
        }
    }

    @Test
    void hangingUpWhileTheCalleeRingsShouldBeCancelledForTheCalleesWatchers() throws Exception {
        try (var mine = SipPhones.registered("evanderberg"); var theirs = SipPhones.registered("crodriguez");
                var watcher = SipDialogIT.watcher("efernandez")) {
            theirs.answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.RINGING : Response.OK);
            SipDialogIT.watch(watcher, "crodriguez");
            var id = Server.json(post("evanderberg", "{\"to\":\"crodriguez\"}").body()).getString("id");
            theirs.await(Request.INVITE, 5);
            long[] version = {0};
            SipDialogIT.until(watcher, "early", version);
            assertEquals(204, Server.send(Server.MAIN.as("evanderberg", "/api/v1/calls/" + id).DELETE().build()).statusCode());
            theirs.await(Request.CANCEL, 5);
            assertEquals("cancelled", SipDialogIT.eventOf(SipDialogIT.until(watcher, "terminated", version)));
            mine.await(Request.BYE, 5);
            mine.register(0);
            theirs.register(0);
        }
    }

    @Test
    void aWatcherTheCalleesListsHideShouldSeeNoLegAndTheCallerOnlyWhereTheCallersListsAllow() throws Exception {
        SipDialogIT.privacy("mkowalski", "except", "dkhan");
        SipDialogIT.privacy("mnovak", "except", "malmeida");
        try (var mine = SipPhones.registered("mnovak"); var theirs = SipPhones.registered("mkowalski");
                var colleague = SipDialogIT.watcher("malmeida"); var stranger = SipDialogIT.watcher("dkhan")) {
            SipDialogIT.watch(colleague, "mkowalski");
            var subscribe = SipDialogIT.subscribe(stranger, "mkowalski", 600);
            var ok = stranger.send(subscribe);
            assertEquals(200, ok.getStatusCode(), "the subscription itself tells nothing");
            assertEquals(List.of(), SipDialogIT.next(stranger).dialogs());

            var id = Server.json(post("mnovak", "{\"to\":\"mkowalski\"}").body()).getString("id");
            theirs.await(Request.INVITE, 5);
            long[] version = {0};
            var confirmed = SipDialogIT.until(colleague, "confirmed", version);
            assertEquals("", SipDialogIT.remoteOf(confirmed), "the caller's lists hide them from this watcher");
            assertEquals(204, Server.send(Server.MAIN.as("mnovak", "/api/v1/calls/" + id).DELETE().build()).statusCode());
            theirs.await(Request.BYE, 5);
            assertEquals("remote-bye", SipDialogIT.eventOf(SipDialogIT.until(colleague, "terminated", version)));

            assertEquals(200, stranger.send(SipDialogIT.withExpires(stranger.followUp(subscribe, ok), 600)).getStatusCode());
            var after = SipDialogIT.next(stranger);
            assertEquals(1, after.version(), "no NOTIFY about the call reached the hidden watcher");
            assertEquals(List.of(), after.dialogs());
            mine.register(0);
            theirs.register(0);
        } finally {
            SipDialogIT.privacy("mkowalski", "everyone");
            SipDialogIT.privacy("mnovak", "everyone");
        }
    }

    @Test
    void badCallsShouldGetProblems() throws Exception {
        assertProblem(post("pkowalski", "{}"), 400);
        assertProblem(post("pkowalski", "{\"to\":\"not a user!\"}"), 400);
        assertProblem(post("pkowalski", "{\"to\":\"nosuchperson\"}"), 404);
        assertProblem(post("pkowalski", "{\"to\":\"pkowalski\"}"), 400);
        assertProblem(post("pkowalski", "{\"to\":\"esato\"}"), 409); // the caller has no phone
        assertProblem(post("pkowalski", "{\"to\":\"esato\",\"from\":\"12ab\"}"), 400);
        assertProblem(post("pkowalski", "{\"to\":\"esato\",\"from\":\"+33 1 23 45 67 89\"}"), 403);
        var notHis = assertProblem(post("pkowalski", "{\"to\":\"esato\",\"from\":\"+49 30 1234567\"}"), 403);
        assertTrue(notHis.getString("detail").contains("your own office or mobile number"),
                "a number the trunk allows but that is not the caller's: " + notHis);
        try (var mine = SipPhones.registered("pkowalski")) {
            assertProblem(post("pkowalski", "{\"to\":\"esato\"}"), 409); // the callee has no phone
            assertProblem(post("pkowalski", "{\"to\":\"+33123456789\"}"), 403);
            mine.register(0);
        }
        assertProblem(Server.send(Server.MAIN.as("pkowalski", "/api/v1/calls/no-such-call").DELETE().build()), 404);
        var anonymous = Server.send(Server.MAIN.request("/api/v1/calls").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"esato\"}")).build());
        assertEquals(401, anonymous.statusCode());
    }

    static HttpResponse<String> post(String user, String json) {
        return Server.send(Server.MAIN.as(user, "/api/v1/calls").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The next call event of call {@code id} in {@code state}. */
    static JsonObject call(Sockets events, String id, String state) {
        return events.next(m -> "call".equals(m.getString("type", "")) && id.equals(m.getString("id", ""))
                && state.equals(m.getString("state", "")), "call " + id + " " + state);
    }

    private static void awaitNotOnThePhone(String user) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (!"on-the-phone".equals(Server.json(Server.MAIN.get("okim", "/api/v1/presence/" + user)).getString("status"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(user + " still on the phone");
    }
}
