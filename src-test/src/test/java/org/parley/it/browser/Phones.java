package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;

import org.parley.sipagent.SipAgent;

/** SIP phones (JAIN-SIP agents on loopback) of demo users for browser tests of calls. */
final class Phones {

    private static final int SIP_PORT = Integer.getInteger("parley.it.sipPort", 15060);

    private Phones() {
    }

    /** Sets the user's SIP password and registers a phone of theirs (asserting 200). */
    static SipAgent registered(String user) throws Exception {
        var password = "sip-secret-" + user;
        var set = Accounts.send(user, "PUT", "/api/v1/sip/credentials", null, "{\"password\":\"" + password + "\"}");
        assertEquals(200, set.statusCode(), set.body());
        var phone = new SipAgent(user, password, SIP_PORT);
        var answer = phone.register(300);
        assertEquals(200, answer.getStatusCode(), answer.toString());
        return phone;
    }

    /** Removes the user's SIP password, and with it every phone they have registered. */
    static void none(String user) {
        var removed = Accounts.send(user, "DELETE", "/api/v1/sip/credentials", null, null);
        assertEquals(204, removed.statusCode(), removed.body());
    }

    static String callId(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }
}
