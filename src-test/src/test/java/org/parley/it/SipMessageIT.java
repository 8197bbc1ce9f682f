package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;

/** SIP MESSAGE bridged both ways with Parley one-to-one chat. */
class SipMessageIT {

    @Test
    void aMessageFromAPhoneShouldBeStoredInTheOneToOneConversation() throws Exception {
        var text = "from the phone " + UUID.randomUUID();
        try (var phone = SipPhones.phone("ijensen")) {
            var ok = phone.send(message(phone, "ltanaka", text));
            assertEquals(200, ok.getStatusCode(), ok.toString());
        }
        var id = Server.json(Server.MAIN.putJson("ltanaka", "/api/v1/conversations/direct/ijensen", "")).getString("id");
        var history = Server.MAIN.get("ltanaka", "/api/v1/conversations/" + id + "/messages").body();
        assertTrue(history.contains(text) && history.contains("\"sender\":\"ijensen\""), history);
    }

    @Test
    void aChatMessageShouldReachTheRecipientsRegisteredPhones() throws Exception {
        var text = "from the web " + UUID.randomUUID();
        try (var desk = SipPhones.registered("thaddad"); var mobile = SipPhones.registered("thaddad")) {
            SipPhones.chat("frahman", "thaddad", text);
            for (var phone : new SipAgent[] {desk, mobile}) {
                var message = phone.await(Request.MESSAGE, 10);
                assertEquals(text, SipAgent.body(message));
                assertEquals("plain", ((ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME)).getContentSubType());
                var from = ((FromHeader) message.getHeader(FromHeader.NAME)).getAddress().getURI().toString();
                assertTrue(from.startsWith("sip:frahman@"), from);
            }
            desk.register(0);
            mobile.register(0);
        }
    }

    @Test
    void aMessageToSomeoneOnDoNotDisturbShouldBeBusyHere() throws Exception {
        Server.MAIN.putJson("cfischer", "/api/v1/presence/me", "{\"status\":\"dnd\"}");
        try (var busy = SipPhones.registered("cfischer"); var phone = SipPhones.phone("asuzuki")) {
            assertEquals(486, phone.send(message(phone, "cfischer", "are you there?")).getStatusCode());
            busy.register(0);
        } finally {
            Server.MAIN.putJson("cfischer", "/api/v1/presence/me", "{\"status\":\"available\"}");
        }
    }

    @Test
    void badMessagesShouldGetTheirStatusCodes() throws Exception {
        try (var phone = SipPhones.phone("jokafor")) {
            assertEquals(404, phone.send(message(phone, "nosuchperson", "hello")).getStatusCode());
            var html = message(phone, "ltanaka", "<b>hi</b>");
            html.setContent("<b>hi</b>", phone.headers().createContentTypeHeader("text", "html"));
            assertEquals(415, phone.send(html).getStatusCode());
            assertEquals(400, phone.send(message(phone, "ltanaka", "   ")).getStatusCode(), "no text");
            assertEquals(413, phone.send(message(phone, "ltanaka", "x".repeat(9000))).getStatusCode());
        }
        try (var stranger = new SipAgent("jokafor", "wrong-password", SipPhones.SIP_PORT)) {
            assertEquals(401, stranger.send(message(stranger, "ltanaka", "hello")).getStatusCode());
        }
    }

    private static Request message(SipAgent phone, String to, String text) throws Exception {
        var request = phone.request(Request.MESSAGE, to);
        request.setContent(text, phone.headers().createContentTypeHeader("text", "plain"));
        return request;
    }
}
