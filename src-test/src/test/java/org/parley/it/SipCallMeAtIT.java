package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.Problems.assertProblem;
import static org.parley.it.SipClickToCallIT.call;
import static org.parley.it.SipClickToCallIT.post;

import java.io.StringReader;
import javax.sip.message.Request;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;

/** "Call me at…" a chosen one of the caller's registered phones ({@code from: "device:<id>"}). */
class SipCallMeAtIT {

    @Test
    void theChosenPhoneShouldRingAndTheNewerOneNot() throws Exception {
        try (var events = Sockets.connect("skhan"); var older = SipPhones.registered("skhan");
                var newer = SipPhones.registered("skhan"); var theirs = SipPhones.registered("idubois")) {
            newer.register(600); // the newest binding: the one the default would ring
            var started = post("skhan", "{\"to\":\"idubois\",\"from\":\"device:" + bindingOf(older) + "\"}");
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");
            var ringing = call(events, id, "ringing");

            older.await(Request.INVITE, 5);
            theirs.await(Request.INVITE, 5);
            var connected = call(events, id, "connected");
            assertTrue(connected.getInt("seq") > ringing.getInt("seq"), "later changes take higher numbers: " + connected);
            var hangUp = Server.send(Server.MAIN.as("skhan", "/api/v1/calls/" + id).DELETE().build());
            assertEquals(204, hangUp.statusCode(), hangUp.body());
            older.await(Request.BYE, 5);
            theirs.await(Request.BYE, 5);
            var ended = call(events, id, "ended");
            assertTrue(ended.getInt("seq") > connected.getInt("seq"), ended.toString());
            assertTrue(newer.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())),
                    "the phone not chosen was not rung");
            older.register(0);
            newer.register(0);
            theirs.register(0);
        }
    }

    @Test
    void someoneElsesPhoneOrAMalformedIdShouldBeRefused() throws Exception {
        try (var mine = SipPhones.registered("nmurphy"); var theirs = SipPhones.registered("oali")) {
            var other = bindingOf(theirs);
            var problem = assertProblem(post("nmurphy", "{\"to\":\"oali\",\"from\":\"device:" + other + "\"}"), 400);
            assertTrue(problem.getString("detail").contains("registered"), problem.toString());
            assertProblem(post("nmurphy", "{\"to\":\"oali\",\"from\":\"device:not-an-id\"}"), 400);
            assertTrue(theirs.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())));
            assertEquals("[]", Server.MAIN.get("nmurphy", "/api/v1/calls").body());
            mine.register(0);
            theirs.register(0);
        }
    }

    /** The registration id of {@code phone}, as its own user lists it. */
    private static String bindingOf(SipAgent phone) {
        var body = Server.MAIN.get(phone.user(), "/api/v1/sip/registrations").body();
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("contact").contains(":" + phone.port()))
                    .map(r -> r.getString("id")).findFirst()
                    .orElseThrow(() -> new AssertionError("no registration of port " + phone.port() + " in " + body));
        }
    }
}
