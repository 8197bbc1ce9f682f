package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.parley.sipagent.SipAgent;

/** SIP phones of demo users against the server under test: SIP passwords set over REST, agents on loopback. */
final class SipPhones {

    static final int SIP_PORT = Integer.getInteger("parley.it.sipPort", 15060);

    private SipPhones() {
    }

    /** The user's SIP password as the tests set it. */
    static String password(String user) {
        return "sip-secret-" + user;
    }

    /** Sets the user's SIP password over REST. */
    static void provision(String user) {
        var answer = Server.MAIN.putJson(user, "/api/v1/sip/credentials",
                "{\"password\":\"" + password(user) + "\"}");
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** A phone of the user with the right SIP password (provisioned first). */
    static SipAgent phone(String user) throws Exception {
        provision(user);
        return new SipAgent(user, password(user), SIP_PORT);
    }

    /** A phone of the user that registers and asserts 200. */
    static SipAgent registered(String user) throws Exception {
        var phone = phone(user);
        var answer = phone.register(300);
        assertEquals(200, answer.getStatusCode(), answer.toString());
        return phone;
    }

    /** An INVITE of {@code phone} to {@code to} at the edge the phone talks to, with the phone's SDP offer. */
    static javax.sip.message.Request invite(SipAgent phone, String to) throws Exception {
        var request = phone.request(javax.sip.message.Request.INVITE, to);
        request.setContent(phone.sdp(), phone.headers().createContentTypeHeader("application", "sdp"));
        return request;
    }

    /** Sends a plain-text chat message over REST into the one-to-one conversation of the two users. */
    static void chat(String from, String to, String text) {
        var id = Server.json(Server.MAIN.putJson(from, "/api/v1/conversations/direct/" + to, "")).getString("id");
        var sent = Server.send(Server.MAIN.as(from, "/api/v1/conversations/" + id + "/messages")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"body\":\"" + text + "\",\"format\":\"text\"}"))
                .build());
        assertEquals(201, sent.statusCode(), sent.body());
    }
    /** Waits up to 10 s until a colleague (okim) sees the user with {@code status}. */
    static void awaitStatus(String user, String status) throws InterruptedException {
        var deadline = java.time.Instant.now().plusSeconds(10);
        String seen = null;
        while (java.time.Instant.now().isBefore(deadline)) {
            seen = Server.json(Server.MAIN.get("okim", "/api/v1/presence/" + user)).getString("status");
            if (status.equals(seen)) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(status, seen, user + "'s status as a colleague sees it");
    }
}
