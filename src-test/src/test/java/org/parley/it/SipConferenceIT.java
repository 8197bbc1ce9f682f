package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.RtpPhone;
import org.parley.sipagent.SipAgent;
import org.parley.sipagent.SipDialog;

/**
 * Conference calls with JAIN-SIP phones that send real audio (PCMU sine tones of their own
 * frequency) and measure what they receive (Goertzel): Parley's mixer must give each the others'
 * tones and never their own; and each participant's leg as the dialog event package (RFC 4235)
 * shows it to the watchers of the phone's user. Every wait is bounded; nothing asserts how long
 * anything took.
 */
class SipConferenceIT {

    private static final double HEARD = 2000;
    private static final double SILENT = 600;
    private static final Server SECOND = new Server(Integer.getInteger("parley.it.secondHttpPort", 19280));
    private static final int SECOND_SIP = Integer.getInteger("parley.it.secondSipPort", 15260);

    /** A registered phone of a user, with its audio. */
    private record Phone(String user, SipAgent sip, RtpPhone rtp, double tone) implements AutoCloseable {

        static Phone of(String user, double tone) throws Exception {
            var rtp = new RtpPhone(tone);
            return new Phone(user, SipPhones.registered(user).withMedia(rtp.port()), rtp, tone);
        }

        /** A phone registered through the second server's edge. */
        static Phone ofSecond(String user, double tone) throws Exception {
            SipPhones.provision(user);
            var rtp = new RtpPhone(tone);
            var sip = new SipAgent(user, SipPhones.password(user), SECOND_SIP);
            assertEquals(200, sip.register(300).getStatusCode());
            return new Phone(user, sip.withMedia(rtp.port()), rtp, tone);
        }

        /** Waits for Parley's INVITE (answered 200 by the agent) and starts the tone towards the focus. */
        Request answer() throws Exception {
            var invite = sip.await(Request.INVITE, 10);
            assertTrue(SipAgent.body(invite).contains("RTP/AVP 0 8"), "the focus offers PCMU and PCMA");
            rtp.sendTo(SipAgent.body(invite));
            return invite;
        }

        @Override
        public void close() throws Exception {
            sip.register(0);
            sip.close();
            rtp.close();
        }
    }

    @Test
    void threePhonesShouldHearEachOtherButNeverThemselvesAndMuteShouldSilenceOne() throws Exception {
        try (var a = Phone.of("vchen", 440); var b = Phone.of("ieriksen", 1000); var c = Phone.of("imartinez", 1700);
                var events = Sockets.connect("ieriksen")) {
            var chat = Chat.group("vchen", Chat.unique("standup"), null, "ieriksen", "imartinez").getString("id");
            var started = post("vchen", "/api/v1/conferences", "{\"chat\":\"" + chat + "\"}");
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");
            for (var p : List.of(a, b, c)) {
                p.answer();
            }
            hears(a, b, c);
            hears(b, a, c);
            hears(c, a, b);
            conferenceEvent(events, id, "ieriksen", "connected");
            SipPhones.awaitStatus("imartinez", "on-the-phone");
            await(() -> participants(get("vchen", id)).stream().allMatch(p -> p.getBoolean("talking")), "all talking");

            var muted = post("vchen", "/api/v1/conferences/" + id + "/participants/imartinez/mute", "{\"muted\":true}");
            assertEquals(200, muted.statusCode(), muted.body());
            await(() -> a.rtp().level(c.tone()) < SILENT && b.rtp().level(c.tone()) < SILENT, "imartinez silenced");
            assertTrue(a.rtp().level(b.tone()) > HEARD, "vchen still hears ieriksen");
            assertTrue(c.rtp().level(a.tone()) > HEARD, "imartinez still hears the others");
            await(() -> !participant(get("ieriksen", id), "imartinez").getBoolean("talking"), "muted is not talking");
            assertTrue(participant(get("ieriksen", id), "imartinez").getBoolean("muted"));

            assertProblem(post("ieriksen", "/api/v1/conferences/" + id + "/participants/vchen/mute", "{\"muted\":true}"), 403);
            assertProblem(post("ieriksen", "/api/v1/conferences/" + id + "/mute-all", ""), 403);
            assertProblem(delete("ieriksen", "/api/v1/conferences/" + id + "/participants/vchen"), 403);
            assertProblem(delete("ieriksen", "/api/v1/conferences/" + id), 403);
            assertEquals(200, post("ieriksen", "/api/v1/conferences/" + id + "/participants/ieriksen/mute",
                    "{\"muted\":true}").statusCode(), "anyone may mute themselves");
            await(() -> a.rtp().level(b.tone()) < SILENT, "ieriksen muted herself");
            assertEquals(200, post("vchen", "/api/v1/conferences/" + id + "/participants/imartinez/mute",
                    "{\"muted\":false}").statusCode());
            await(() -> a.rtp().level(c.tone()) > HEARD, "imartinez unmuted");
            var all = post("vchen", "/api/v1/conferences/" + id + "/mute-all", "");
            assertEquals(200, all.statusCode(), all.body());
            await(() -> a.rtp().level(b.tone()) < SILENT && a.rtp().level(c.tone()) < SILENT, "everyone else muted");
            assertTrue(b.rtp().level(a.tone()) > HEARD && c.rtp().level(a.tone()) > HEARD, "vchen is not muted");
            assertEquals(List.of(false, true, true), participants(get("vchen", id)).stream()
                    .map(p -> p.getBoolean("muted")).toList(), "vchen, ieriksen, imartinez");
            assertProblem(post("vchen", "/api/v1/conferences/" + id + "/participants/imartinez/mute", "{}"), 400);
            assertProblem(fetch("ogarcia", id), 404);
            assertProblem(post("vchen", "/api/v1/conferences/" + id + "/participants/ogarcia/mute", "{\"muted\":true}"), 404);

            assertEquals(204, delete("vchen", "/api/v1/conferences/" + id).statusCode());
            for (var p : List.of(a, b, c)) {
                p.sip().await(Request.BYE, 10);
            }
            conferenceEvent(events, id, "ieriksen", "left");
            assertProblem(fetch("vchen", id), 404);
            await(() -> !"on-the-phone".equals(Server.json(Server.MAIN.get("okim", "/api/v1/presence/imartinez"))
                    .getString("status")), "imartinez no longer on the phone");
        }
    }

    @Test
    void theInitiatorShouldHangUpOneAndSubscribersShouldSeeTheStateInConferenceInfo() throws Exception {
        try (var a = Phone.of("ybianchi", 440); var b = Phone.of("mvanderberg", 1000); var c = Phone.of("ipark", 1700);
                var stranger = SipPhones.phone("ogarcia")) {
            var id = start("ybianchi", "mvanderberg", "ipark");
            var invites = new ArrayList<Request>();
            for (var p : List.of(a, b, c)) {
                invites.add(p.answer());
            }
            hears(a, b, c);

            var watch = subscribe(b.sip(), id);
            assertEquals(200, watch.getStatusCode(), watch.toString());
            var first = notifyOf(b.sip());
            assertTrue(first.contains("state=\"full\"") && first.contains("version=\"1\""), first);
            untilNotify(b.sip(), first, "<p:talking>true</p:talking>");
            assertEquals(403, subscribe(stranger, id).getStatusCode(), "only participants may subscribe");

            post("ybianchi", "/api/v1/conferences/" + id + "/participants/ipark/mute", "{\"muted\":true}");
            var mutedDoc = untilNotify(b.sip(), notifyOf(b.sip()), "<status>recvonly</status>");
            assertTrue(mutedDoc.contains("sip:ipark@") && mutedDoc.contains("state=\"partial\""), mutedDoc);

            var dropped = delete("ybianchi", "/api/v1/conferences/" + id + "/participants/ipark");
            assertEquals(200, dropped.statusCode(), dropped.body());
            c.sip().await(Request.BYE, 10);
            assertEquals("left", participant(get("ybianchi", id), "ipark").getString("state"));
            var left = untilNotify(b.sip(), notifyOf(b.sip()), "<disconnection-method>booted</disconnection-method>");
            assertTrue(left.contains("<status>disconnected</status>"), left);
            await(() -> a.rtp().level(c.tone()) < SILENT, "ipark's audio is gone");
            assertTrue(a.rtp().level(b.tone()) > HEARD, "the others still hear each other");

            // mvanderberg hangs up himself: BYE from his phone
            var invite = invites.get(1);
            var callId = ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
            var dialog = SipDialog.ofCallee(b.sip(), invite, b.sip().answerTo(callId));
            assertEquals(200, b.sip().transact(dialog.bye()).getStatusCode());
            await(() -> "left".equals(participant(get("ybianchi", id), "mvanderberg").getString("state")), "he left");
            // ybianchi alone still has the conference
            assertEquals("connected", participant(get("ybianchi", id), "ybianchi").getString("state"));
            assertEquals(204, delete("ybianchi", "/api/v1/conferences/" + id).statusCode());
            a.sip().await(Request.BYE, 10);
        }
    }

    @Test
    void refusalsAndUnreachablePhonesShouldShowInTheParticipantsState() throws Exception {
        try (var a = Phone.of("kfischer", 440); var b = Phone.of("osantos", 1000); var c = Phone.of("jreddy", 1700)) {
            b.sip().answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.DECLINE : Response.OK);
            c.sip().answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.BUSY_HERE : Response.OK);
            var id = start("kfischer", "osantos", "jreddy", "awalsh");
            a.answer();
            await(() -> "refused".equals(participant(get("kfischer", id), "osantos").getString("state"))
                    && "refused".equals(participant(get("kfischer", id), "jreddy").getString("state")), "both refused");
            var awalsh = participant(get("kfischer", id), "awalsh");
            assertEquals("failed", awalsh.getString("state"), "no phone registered");
            assertTrue(awalsh.getString("reason").contains("no phone"), awalsh.toString());
            assertTrue(participant(get("kfischer", id), "jreddy").getString("reason").contains("486"));
            assertEquals(204, delete("kfischer", "/api/v1/conferences/" + id).statusCode());
        }
    }

    @Test
    void watchersOfAParticipantShouldFollowTheirPhonesLegWithTheConferenceAsRemote() throws Exception {
        try (var a = Phone.of("myamamoto", 440); var b = Phone.of("hnguyen", 1000); var c = Phone.of("jmensah", 1700);
                var watcher = SipDialogIT.watcher("sgarcia"); var refusalWatcher = SipDialogIT.watcher("sandersen")) {
            b.sip().answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.RINGING : Response.OK);
            c.sip().answerWith(r -> Request.INVITE.equals(r.getMethod()) ? Response.DECLINE : Response.OK);
            SipDialogIT.watch(watcher, "hnguyen");
            SipDialogIT.watch(refusalWatcher, "jmensah");
            var id = start("myamamoto", "hnguyen", "jmensah");
            var conference = get("myamamoto", id).getString("address");
            a.answer();
            long[] version = {0};

            var invite = b.sip().await(Request.INVITE, 10);
            var callId = ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
            var ringing = SipDialogIT.until(watcher, "early", version);
            assertEquals(callId, ringing.getAttribute("call-id"));
            assertEquals("recipient", ringing.getAttribute("direction"), "the focus rang hnguyen's phone");
            assertEquals(conference, SipDialogIT.remoteOf(ringing), "the other side is the conference");
            b.sip().answerRinging(callId, Response.OK);
            assertEquals(callId, SipDialogIT.until(watcher, "confirmed", version).getAttribute("call-id"));
            assertEquals("rejected", SipDialogIT.eventOf(SipDialogIT.until(refusalWatcher, "terminated", new long[] {0})),
                    "jmensah declined");

            assertEquals(200, delete("myamamoto", "/api/v1/conferences/" + id + "/participants/hnguyen").statusCode());
            b.sip().await(Request.BYE, 10);
            var ended = SipDialogIT.until(watcher, "terminated", version);
            assertEquals(callId, ended.getAttribute("call-id"));
            assertEquals("remote-bye", SipDialogIT.eventOf(ended), "the focus hung up");
            assertEquals(204, delete("myamamoto", "/api/v1/conferences/" + id).statusCode());
            a.sip().await(Request.BYE, 10);
        }
    }

    @Test
    void watchersOfAPhoneThatDialledInShouldSeeItAsTheInitiatorUntilItHangsUp() throws Exception {
        var meetingId = Meetings.instant("hkobayashi", "wsharma").getString("id");
        var conference = Server.json(Server.MAIN.get("wsharma", "/api/v1/meetings/" + meetingId)).getJsonObject("dialIn")
                .getString("sip");
        try (var guest = Phone.of("wsharma", 1000); var watcher = SipDialogIT.watcher("cnielsen")) {
            SipDialogIT.watch(watcher, "wsharma");
            var call = guest.sip().start(dialInvite(guest.sip(), conference.substring(4, conference.indexOf('@'))));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode(), ok.toString());
            var dialog = SipDialog.ofCaller(guest.sip(), call.request(), ok);
            guest.sip().sendStateless(dialog.ack());
            long[] version = {0};
            var confirmed = SipDialogIT.until(watcher, "confirmed", version);
            assertEquals(((CallIdHeader) call.request().getHeader(CallIdHeader.NAME)).getCallId(),
                    confirmed.getAttribute("call-id"));
            assertEquals("initiator", confirmed.getAttribute("direction"), "wsharma's phone dialled in");
            assertEquals(conference, SipDialogIT.remoteOf(confirmed));

            assertEquals(200, guest.sip().transact(dialog.bye()).getStatusCode());
            assertEquals("local-bye", SipDialogIT.eventOf(SipDialogIT.until(watcher, "terminated", version)));
            await(() -> fetch("hkobayashi", "m-" + meetingId).statusCode() == 404, "the conference ended with its last line");
        }
    }

    @Test
    void aMeetingsConferenceShouldBeOneAcrossTheClusterHostedByTheServerWhereItStarted() throws Exception {
        var meetingId = Meetings.instant("mmuller", "ozhang", "tpark").getString("id");
        var id = "m-" + meetingId;
        try (var host = Phone.of("mmuller", 440); var other = Phone.ofSecond("ozhang", 1000);
                var dialler = new SipAgent("tpark", SipPhones.password("tpark"), SECOND_SIP)) {
            SipPhones.provision("tpark");
            assertEquals(202, post("mmuller", "/api/v1/meetings/" + meetingId + "/audio/call", "").statusCode());
            host.answer();
            var join = Server.send(SECOND.as("ozhang", "/api/v1/meetings/" + meetingId + "/audio/call")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(202, join.statusCode(), "relayed to the host: " + join.body());
            var invite = other.answer();
            assertTrue(invite.getHeader("Via").toString().contains(":" + SipPhones.SIP_PORT),
                    "the host's focus rings the phone on the second server: " + invite.getHeader("Via"));
            hears(host, other);
            hears(other, host);

            var seenThere = Server.json(SECOND.get("ozhang", "/api/v1/conferences/" + id));
            assertEquals(get("mmuller", id).getString("address"), seenThere.getString("address"), "one conference");
            assertEquals("connected", participant(seenThere, "mmuller").getString("state"));
            var muted = Server.send(SECOND.as("ozhang", "/api/v1/conferences/" + id + "/participants/ozhang/mute")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"muted\":true}")).build());
            assertEquals(200, muted.statusCode(), muted.body());
            assertTrue(participant(get("mmuller", id), "ozhang").getBoolean("muted"), "muted at the host");
            var refused = Server.send(SECOND.as("ozhang", "/api/v1/conferences/" + id).DELETE().build());
            assertProblem(refused, 403); // the host's refusal, relayed

            var dialIn = Server.json(SECOND.get("tpark", "/api/v1/meetings/" + meetingId)).getJsonObject("dialIn");
            assertEquals(get("mmuller", id).getString("address"), dialIn.getString("sip"), "dial-in data name the host");
            var moved = dialler.start(dialInvite(dialler, "conf-" + id)).awaitFinal();
            assertEquals(302, moved.getStatusCode(), moved.toString());
            assertTrue(moved.getHeader("Contact").toString().contains(":" + SipPhones.SIP_PORT), moved.toString());

            var ended = Server.send(SECOND.as("mmuller", "/api/v1/conferences/" + id).DELETE().build());
            assertEquals(204, ended.statusCode(), ended.body());
            host.sip().await(Request.BYE, 10);
            other.sip().await(Request.BYE, 10);
        }
    }

    @Test
    void dialInShouldNeedTheRightPasswordAndAnInvitationAndJoinAudioShouldRingIntoTheSameConference() throws Exception {
        var meeting = Meetings.instant("rtorres", "trodriguez");
        var meetingId = meeting.getString("id");
        var dialIn = Server.json(Server.MAIN.get("trodriguez", "/api/v1/meetings/" + meetingId)).getJsonObject("dialIn");
        var sip = dialIn.getString("sip");
        assertTrue(sip.startsWith("sip:conf-m-" + meetingId + "@"), dialIn.toString());
        var target = sip.substring(4, sip.indexOf('@'));
        try (var guest = Phone.of("trodriguez", 1000); var owner = Phone.of("rtorres", 440);
                var impostor = new SipAgent("trodriguez", "not-the-password", SipPhones.SIP_PORT);
                var outsider = SipPhones.phone("awalsh")) {
            assertEquals(407, impostor.start(dialInvite(impostor, target)).awaitFinal().getStatusCode());
            assertEquals(403, outsider.start(dialInvite(outsider, target)).awaitFinal().getStatusCode(),
                    "not invited to the meeting");
            assertEquals(404, guest.sip().start(dialInvite(guest.sip(), "conf-nosuchconference")).awaitFinal().getStatusCode());

            var call = guest.sip().start(dialInvite(guest.sip(), target));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode(), ok.toString());
            var dialog = SipDialog.ofCaller(guest.sip(), call.request(), ok);
            guest.sip().sendStateless(dialog.ack());
            guest.rtp().sendTo(SipAgent.body(ok));
            var id = "m-" + meetingId;
            await(() -> "connected".equals(participant(get("trodriguez", id), "trodriguez").getString("state")),
                    "trodriguez dialled in");
            assertEquals("invited", participant(get("trodriguez", id), "rtorres").getString("state"));

            var join = post("rtorres", "/api/v1/meetings/" + meetingId + "/audio/call", "");
            assertEquals(202, join.statusCode(), join.body());
            owner.answer();
            hears(owner, guest);
            hears(guest, owner);
            assertEquals("rtorres", get("trodriguez", id).getString("controller"), "the meeting's owner controls it");

            assertEquals(200, guest.sip().transact(dialog.bye()).getStatusCode());
            await(() -> "left".equals(participant(get("rtorres", id), "trodriguez").getString("state")), "guest left");
            assertEquals(204, delete("rtorres", "/api/v1/conferences/" + id).statusCode());
            owner.sip().await(Request.BYE, 10);
        }
    }

    @Test
    void theMeetingRoomsMuteShouldSilenceTheLineInTheConferenceAndAForbiddenUnmuteShouldNot() throws Exception {
        var meetingId = Meetings.instant("vchen", "ieriksen", "imartinez").getString("id");
        try (var a = Phone.of("vchen", 440); var b = Phone.of("ieriksen", 1000); var c = Phone.of("imartinez", 1700);
                var moderator = Meetings.join(Server.MAIN, "vchen", meetingId);
                var attendee = Meetings.join(Server.MAIN, "imartinez", meetingId)) {
            for (var p : List.of(a, b, c)) {
                var join = post(p.user(), "/api/v1/meetings/" + meetingId + "/audio/call", "");
                assertEquals(202, join.statusCode(), join.body());
                p.answer();
            }
            hears(a, b, c);
            hears(b, a, c);
            var id = "m-" + meetingId;

            moderator.send("{\"type\":\"mute\",\"participant\":\"imartinez\",\"muted\":true}");
            assertEquals(true, attendee.next("muted").getBoolean("muted"));
            await(() -> a.rtp().level(c.tone()) < SILENT && b.rtp().level(c.tone()) < SILENT, "imartinez silenced");
            assertTrue(a.rtp().level(b.tone()) > HEARD, "vchen still hears ieriksen");
            assertTrue(participant(get("vchen", id), "imartinez").getBoolean("muted"), "the conference shows the mute");

            moderator.send("{\"type\":\"grant\",\"participant\":\"imartinez\",\"permission\":\"unmute\",\"allowed\":false}");
            attendee.next("permission");
            attendee.send("{\"type\":\"mute\",\"participant\":\"imartinez\",\"muted\":false}");
            assertEquals(403, attendee.error("mute").getJsonObject("problem").getInt("status"));
            assertTrue(participant(get("vchen", id), "imartinez").getBoolean("muted"), "a refused unmute changes nothing");

            moderator.send("{\"type\":\"mute\",\"participant\":\"imartinez\",\"muted\":false}");
            assertEquals(false, attendee.next("muted").getBoolean("muted"));
            await(() -> a.rtp().level(c.tone()) > HEARD && b.rtp().level(c.tone()) > HEARD, "imartinez heard again");
            assertEquals(204, delete("vchen", "/api/v1/conferences/" + id).statusCode());
        }
    }

    @Test
    void theRoomShouldShowTheConferencesLinesOnEveryServerAndTheModeratorsMuteAllShouldMuteTheOthers() throws Exception {
        var meetingId = Meetings.instant("ssvensson", "nwatanabe", "asmith").getString("id");
        var id = "m-" + meetingId;
        try (var a = Phone.of("ssvensson", 440); var b = Phone.of("nwatanabe", 1000); var c = Phone.of("asmith", 1700);
                var moderator = Meetings.join(Server.MAIN, "ssvensson", meetingId);
                var attendee = Meetings.join(SECOND, "asmith", meetingId)) {
            assertEquals(List.of(), lines(moderator.joined().getJsonObject("audio")), "no call yet");
            var join = post("asmith", "/api/v1/meetings/" + meetingId + "/audio/call", "");
            assertEquals(202, join.statusCode(), join.body());
            nextAudio(attendee, l -> "ringing".equals(line(l, "asmith").getString("state", "")), "asmith's phone rings");
            c.answer();
            for (var p : List.of(a, b)) {
                assertEquals(202, post(p.user(), "/api/v1/meetings/" + meetingId + "/audio/call", "").statusCode());
                p.answer();
            }
            hears(a, b, c);
            for (var room : List.of(moderator, attendee)) {
                nextAudio(room, l -> List.of("ssvensson", "nwatanabe", "asmith").stream()
                        .allMatch(u -> "connected".equals(line(l, u).getString("state", "")))
                        && line(l, "asmith").getBoolean("talking", false), "everyone on the call, asmith's tone talking");
            }

            attendee.send("{\"type\":\"mute-all\"}");
            assertEquals(403, attendee.error("mute-all").getJsonObject("problem").getInt("status"));
            assertTrue(participants(get("ssvensson", id)).stream().noneMatch(p -> p.getBoolean("muted")),
                    "a refused mute-all changes nothing");

            moderator.send("{\"type\":\"mute-all\"}");
            for (var room : List.of(moderator, attendee)) {
                nextAudio(room, l -> line(l, "nwatanabe").getBoolean("muted", false) && line(l, "asmith").getBoolean("muted", false)
                        && !line(l, "asmith").getBoolean("talking", true) && !line(l, "ssvensson").getBoolean("muted", true),
                        "everyone but the moderator muted");
            }
            var conference = get("ssvensson", id);
            assertTrue(participant(conference, "nwatanabe").getBoolean("muted") && participant(conference, "asmith").getBoolean("muted"));
            assertEquals(false, participant(conference, "ssvensson").getBoolean("muted"), "the moderator keeps talking");
            await(() -> a.rtp().level(b.tone()) < SILENT && a.rtp().level(c.tone()) < SILENT, "the others silenced");
            assertTrue(b.rtp().level(a.tone()) > HEARD, "everyone still hears the moderator");

            try (var latecomer = Meetings.join(SECOND, "nwatanabe", meetingId)) {
                var audio = latecomer.joined().getJsonObject("audio");
                assertTrue(line(lines(audio), "asmith").getBoolean("muted"), audio.toString());
                assertEquals("connected", line(lines(audio), "ssvensson").getString("state"), audio.toString());
            }
            assertEquals(204, delete("ssvensson", "/api/v1/conferences/" + id).statusCode());
            nextAudio(attendee, List::isEmpty, "the call is over");
        }
    }

    /** The room connection's next audio event whose lines match. */
    private static List<JsonObject> nextAudio(Meetings.Room room, java.util.function.Predicate<List<JsonObject>> matching,
            String what) {
        return lines(room.socket().next(m -> "audio".equals(m.getString("type")) && matching.test(lines(m)), what));
    }

    private static List<JsonObject> lines(JsonObject audio) {
        return audio.getJsonArray("participants").getValuesAs(JsonObject.class);
    }

    /** The user's line, or an empty object when they are not on the call. */
    private static JsonObject line(List<JsonObject> lines, String user) {
        return lines.stream().filter(l -> user.equals(l.getString("user"))).findFirst().orElse(JsonObject.EMPTY_JSON_OBJECT);
    }

    @Test
    void badConferenceRequestsShouldGetProblems() throws Exception {
        assertProblem(post("awalsh", "/api/v1/conferences", "{}"), 400);
        assertProblem(post("awalsh", "/api/v1/conferences", "{\"users\":[\"ogarcia\"],\"chat\":\"g-1\"}"), 400);
        assertProblem(post("awalsh", "/api/v1/conferences", "{\"users\":[\"not a user!\"]}"), 400);
        assertProblem(post("awalsh", "/api/v1/conferences", "{\"users\":[\"nosuchperson\"]}"), 404);
        assertProblem(post("awalsh", "/api/v1/conferences", "{\"users\":[\"ogarcia\"]}"), 409); // no phone
        var meeting = Meetings.instant("ogarcia", "awalsh").getString("id");
        assertProblem(post("awalsh", "/api/v1/conferences", "{\"meeting\":\"" + meeting + "\"}"), 403);
        assertProblem(post("ogarcia", "/api/v1/meetings/" + meeting + "/audio/call", ""), 409); // no phone
        var chat = Chat.group("ogarcia", Chat.unique("private"), null, "ipark").getString("id");
        assertTrue(List.of(403, 404).contains(post("awalsh", "/api/v1/conferences", "{\"chat\":\"" + chat + "\"}")
                .statusCode()), "not a member");
        assertProblem(fetch("awalsh", "no-such-conference"), 404);
        var anonymous = Server.send(Server.MAIN.request("/api/v1/conferences").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"users\":[\"ogarcia\"]}")).build());
        assertEquals(401, anonymous.statusCode());
        var openApi = Server.send(Server.MAIN.request("/openapi").GET().build()).body();
        for (var path : List.of("/api/v1/conferences/{id}/participants/{user}/mute", "/api/v1/conferences/{id}/mute-all",
                "/api/v1/conferences/{id}/participants/{user}")) {
            assertTrue(openApi.contains(path), path);
        }
    }

    private static String start(String initiator, String... others) {
        var list = String.join("\",\"", others);
        var started = post(initiator, "/api/v1/conferences", "{\"users\":[\"" + list + "\"]}");
        assertEquals(201, started.statusCode(), started.body());
        return Server.json(started.body()).getString("id");
    }

    /** Waits until {@code listener} hears every one of {@code others}; then it must not hear itself. */
    private static void hears(Phone listener, Phone... others) throws InterruptedException {
        await(() -> java.util.Arrays.stream(others).allMatch(o -> listener.rtp().level(o.tone()) > HEARD),
                listener.user() + " hears the others");
        double own = listener.rtp().level(listener.tone());
        assertTrue(own < SILENT, listener.user() + " hears an echo of their own tone: " + own);
    }

    private static Request dialInvite(SipAgent phone, String conferenceUser) throws Exception {
        var request = phone.request(Request.INVITE, conferenceUser);
        request.setContent(phone.sdp(), phone.headers().createContentTypeHeader("application", "sdp"));
        return request;
    }

    private static Response subscribe(SipAgent phone, String id) throws Exception {
        var request = phone.request(Request.SUBSCRIBE, "conf-" + id);
        request.addHeader(phone.headers().createEventHeader("conference"));
        request.addHeader(phone.headers().createExpiresHeader(600));
        request.addHeader(phone.headers().createAcceptHeader("application", "conference-info+xml"));
        return phone.send(request);
    }

    /** The body of the next NOTIFY the phone gets. */
    private static String notifyOf(SipAgent phone) {
        try {
            var notify = phone.await(Request.NOTIFY, 10);
            assertEquals("application/conference-info+xml",
                    notify.getHeader("Content-Type").toString().replaceAll("(?i)content-type:\\s*", "").strip());
            return SipAgent.body(notify);
        } catch (Exception e) {
            throw new AssertionError("No conference NOTIFY", e);
        }
    }

    /** {@code document} if it holds {@code text}, else the first of the phone's next 20 NOTIFYs that does. */
    private static String untilNotify(SipAgent phone, String document, String text) {
        var doc = document;
        for (int i = 0; i < 20 && !doc.contains(text); i++) {
            doc = notifyOf(phone);
        }
        assertTrue(doc.contains(text), "No NOTIFY with " + text + "; the last: " + doc);
        return doc;
    }

    /** The next conference event of conference {@code id} in which {@code user} is in {@code state}. */
    static JsonObject conferenceEvent(Sockets events, String id, String user, String state) {
        return events.next(m -> "conference".equals(m.getString("type", "")) && id.equals(m.getString("id", ""))
                && m.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                        .anyMatch(p -> user.equals(p.getString("user")) && state.equals(p.getString("state"))),
                "conference " + id + " with " + user + " " + state);
    }

    /** The conference as the user sees it (200 asserted). */
    private static JsonObject get(String user, String id) {
        var response = fetch(user, id);
        assertEquals(200, response.statusCode(), response.body());
        return Server.json(response.body());
    }

    private static HttpResponse<String> fetch(String user, String id) {
        return Server.MAIN.get(user, "/api/v1/conferences/" + id);
    }

    private static List<JsonObject> participants(JsonObject conference) {
        return conference.getJsonArray("participants").getValuesAs(JsonObject.class);
    }

    private static JsonObject participant(JsonObject conference, String user) {
        return participants(conference).stream().filter(p -> user.equals(p.getString("user"))).findFirst()
                .orElseThrow(() -> new AssertionError(user + " not in " + conference));
    }

    private static HttpResponse<String> post(String user, String path, String json) {
        return Server.send(Server.MAIN.as(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> delete(String user, String path) {
        return Server.send(Server.MAIN.as(user, path).DELETE().build());
    }

    /** Waits up to 10 s for {@code condition}, checking every 50 ms. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Not within 10 s: " + what);
    }
}
