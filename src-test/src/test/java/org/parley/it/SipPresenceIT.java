package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sip.header.ContentTypeHeader;
import javax.sip.header.SIPETagHeader;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;

/** SIP presence: SUBSCRIBE/NOTIFY with PIDF reflecting Parley presence under privacy lists, and PUBLISH. */
class SipPresenceIT {

    private static final long WAIT = 10;

    @Test
    void subscribeShouldNotifyTheCurrentPresenceThenEveryChange() throws Exception {
        Server.MAIN.putJson("ijensen", "/api/v1/presence/me", "{\"status\":\"dnd\",\"message\":\"writing\"}");
        try (var presentity = SipPhones.registered("ijensen"); var watcher = SipPhones.phone("ltanaka")) {
            var subscribe = watcher.subscribe("ijensen", 600);
            var ok = watcher.send(subscribe);
            assertEquals(200, ok.getStatusCode(), ok.toString());
            var first = watcher.await(Request.NOTIFY, WAIT);
            var state = (SubscriptionStateHeader) first.getHeader(SubscriptionStateHeader.NAME);
            assertEquals("active", state.getState());
            assertEquals("pidf+xml", ((ContentTypeHeader) first.getHeader(ContentTypeHeader.NAME)).getContentSubType());
            var pidf = SipAgent.body(first);
            assertTrue(pidf.contains("<basic>open</basic>") && pidf.contains("<rpid:busy/>") && pidf.contains("writing"),
                    pidf);

            Server.MAIN.putJson("ijensen", "/api/v1/presence/me", "{\"status\":\"in-meeting\",\"message\":\"design review\"}");
            var changed = SipAgent.body(watcher.await(Request.NOTIFY, WAIT));
            assertTrue(changed.contains("<rpid:meeting/>") && changed.contains("design review"), changed);

            assertEquals(200, presentity.register(0).getStatusCode());
            var gone = SipAgent.body(watcher.await(Request.NOTIFY, WAIT));
            assertTrue(gone.contains("<basic>closed</basic>"), "no connection left: offline: " + gone);

            var end = watcher.followUp(subscribe, ok);
            end.removeHeader(javax.sip.header.ExpiresHeader.NAME);
            end.addHeader(watcher.headers().createExpiresHeader(0));
            var unsubscribed = watcher.send(end);
            assertEquals(200, unsubscribed.getStatusCode(), unsubscribed.toString());
            var last = watcher.await(Request.NOTIFY, WAIT);
            assertEquals("terminated", ((SubscriptionStateHeader) last.getHeader(SubscriptionStateHeader.NAME)).getState());
        }
    }

    @Test
    void aWatcherThePrivacyListHidesShouldSeeOfflineUntilAllowed() throws Exception {
        var hide = "{\"visibility\":\"except\",\"list\":[\"frahman\"],\"dndExceptions\":[],\"version\":%d}";
        long version = Server.json(Server.MAIN.get("ofarouk", "/api/v1/privacy")).getJsonNumber("version").longValue();
        var hidden = Server.MAIN.putJson("ofarouk", "/api/v1/privacy", String.format(hide, version));
        assertEquals(200, hidden.statusCode(), hidden.body());
        Server.MAIN.putJson("ofarouk", "/api/v1/presence/me", "{\"status\":\"available\"}");
        try (var presentity = SipPhones.registered("ofarouk"); var watcher = SipPhones.phone("frahman")) {
            assertEquals(200, watcher.send(watcher.subscribe("ofarouk", 600)).getStatusCode());
            var first = SipAgent.body(watcher.await(Request.NOTIFY, WAIT));
            assertTrue(first.contains("<basic>closed</basic>"), "hidden looks offline: " + first);

            long next = Server.json(hidden).getJsonNumber("version").longValue();
            var everyone = "{\"visibility\":\"everyone\",\"list\":[],\"dndExceptions\":[],\"version\":" + next + "}";
            assertEquals(200, Server.MAIN.putJson("ofarouk", "/api/v1/privacy", everyone).statusCode());
            var shown = SipAgent.body(watcher.await(Request.NOTIFY, WAIT));
            assertTrue(shown.contains("<basic>open</basic>"), "allowed again: " + shown);
            presentity.register(0);
        }
    }

    @Test
    void publishFromAPhoneShouldSetTheParleyStatus() throws Exception {
        try (var phone = SipPhones.registered("enguyen")) {
            var publish = publish(phone, "enguyen", pidf("open", "<rpid:activities><rpid:busy/></rpid:activities>", "in the lab"));
            var ok = phone.send(publish);
            assertEquals(200, ok.getStatusCode(), ok.toString());
            var etag = ((SIPETagHeader) ok.getHeader(SIPETagHeader.NAME)).getETag();
            var seen = Server.json(Server.MAIN.get("alice", "/api/v1/presence/enguyen"));
            assertEquals("dnd", seen.getString("status"));
            assertEquals("in the lab", seen.getString("message"));

            var refresh = phone.request("PUBLISH", "enguyen");
            refresh.addHeader(phone.headers().createEventHeader("presence"));
            refresh.addHeader(phone.headers().createSIPIfMatchHeader(etag));
            refresh.addHeader(phone.headers().createExpiresHeader(600));
            assertEquals(200, phone.send(refresh).getStatusCode());

            var away = publish(phone, "enguyen", pidf("open", "<rpid:activities><rpid:away/></rpid:activities>", ""));
            assertEquals(200, phone.send(away).getStatusCode());
            assertEquals("away", Server.json(Server.MAIN.get("alice", "/api/v1/presence/enguyen")).getString("status"));
            phone.register(0);
        }
    }

    @Test
    void badPublishesAndSubscribesShouldGetTheirStatusCodes() throws Exception {
        try (var phone = SipPhones.phone("jlefevre")) {
            assertEquals(400, phone.send(publish(phone, "jlefevre", "<presence><unclosed>")).getStatusCode());
            var noBasic = "<?xml version=\"1.0\"?><presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"sip:x@y\"/>";
            assertEquals(400, phone.send(publish(phone, "jlefevre", noBasic)).getStatusCode());
            var entity = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\"><tuple id=\"t\"><status><basic>&x;</basic></status></tuple></presence>";
            assertEquals(400, phone.send(publish(phone, "jlefevre", entity)).getStatusCode());
            var wrongType = publish(phone, "jlefevre", pidf("open", "", ""));
            wrongType.setContent("open", phone.headers().createContentTypeHeader("text", "plain"));
            assertEquals(415, phone.send(wrongType).getStatusCode());
            var unknownTag = phone.request("PUBLISH", "jlefevre");
            unknownTag.addHeader(phone.headers().createEventHeader("presence"));
            unknownTag.addHeader(phone.headers().createSIPIfMatchHeader("no-such-tag"));
            assertEquals(412, phone.send(unknownTag).getStatusCode());
            assertEquals(403, phone.send(publish(phone, "ltanaka", pidf("closed", "", ""))).getStatusCode(),
                    "nobody publishes someone else's presence");

            var wrongEvent = phone.request(Request.SUBSCRIBE, "ltanaka");
            wrongEvent.addHeader(phone.headers().createEventHeader("dialog-nonsense"));
            assertEquals(489, phone.send(wrongEvent).getStatusCode());
            assertEquals(404, phone.send(phone.subscribe("nosuchperson", 600)).getStatusCode());
            assertEquals(423, phone.send(phone.subscribe("ltanaka", 10)).getStatusCode());
        }
    }

    private static Request publish(SipAgent phone, String user, String body) throws Exception {
        var request = phone.request("PUBLISH", user);
        request.addHeader(phone.headers().createEventHeader("presence"));
        request.addHeader(phone.headers().createExpiresHeader(600));
        request.setContent(body, phone.headers().createContentTypeHeader("application", "pidf+xml"));
        return request;
    }

    private static String pidf(String basic, String person, String note) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" xmlns:rpid=\"urn:ietf:params:xml:ns:pidf:rpid\""
                + " xmlns:dm=\"urn:ietf:params:xml:ns:pidf:data-model\" entity=\"sip:me@127.0.0.1\">"
                + "<tuple id=\"t1\"><status><basic>" + basic + "</basic></status>"
                + (note.isEmpty() ? "" : "<note>" + note + "</note>") + "</tuple>"
                + (person.isEmpty() ? "" : "<dm:person id=\"p1\">" + person + "</dm:person>") + "</presence>";
    }
}
