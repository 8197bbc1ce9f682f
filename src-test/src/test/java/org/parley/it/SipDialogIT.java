package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.SipPhones.invite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.EventHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;
import org.parley.sipagent.SipDialog;
import org.parley.xml.SafeXml;
import org.w3c.dom.Element;

/** The dialog event package (RFC 4235): a watcher follows a user's calls through the proxy, under privacy lists. */
class SipDialogIT {

    private static final long WAIT = 10;
    static final String NS = "urn:ietf:params:xml:ns:dialog-info";

    /** One NOTIFY's dialog-info document. */
    record Info(Request message, Element root) {

        long version() {
            return Long.parseLong(root.getAttribute("version"));
        }

        String state() {
            return root.getAttribute("state");
        }

        List<Element> dialogs() {
            var found = root.getElementsByTagNameNS(NS, "dialog");
            var all = new ArrayList<Element>();
            for (int i = 0; i < found.getLength(); i++) {
                all.add((Element) found.item(i));
            }
            return all;
        }

        String subscriptionState() {
            return ((SubscriptionStateHeader) message.getHeader(SubscriptionStateHeader.NAME)).getState();
        }
    }

    static Request subscribe(SipAgent watcher, String user, int expires) throws Exception {
        var request = watcher.request(Request.SUBSCRIBE, user);
        request.addHeader(watcher.headers().createEventHeader("dialog"));
        request.addHeader(watcher.headers().createExpiresHeader(expires));
        request.addHeader(watcher.headers().createAcceptHeader("application", "dialog-info+xml"));
        return request;
    }

    static Info next(SipAgent watcher) throws Exception {
        var notify = watcher.await(Request.NOTIFY, WAIT);
        assertEquals("dialog", ((EventHeader) notify.getHeader(EventHeader.NAME)).getEventType());
        assertEquals("dialog-info+xml", ((ContentTypeHeader) notify.getHeader(ContentTypeHeader.NAME)).getContentSubType());
        var root = SafeXml.parse(SipAgent.body(notify).getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertEquals("dialog-info", root.getLocalName());
        assertEquals(NS, root.getNamespaceURI());
        return new Info(notify, root);
    }

    /** The NOTIFYs up to the first whose dialog is in {@code state}; the versions follow each other from {@code after}. */
    static Element until(SipAgent watcher, String state, long[] version) throws Exception {
        while (true) {
            var info = next(watcher);
            assertEquals(version[0] + 1, info.version(), "one version more per NOTIFY");
            version[0] = info.version();
            assertEquals("partial", info.state());
            assertEquals(1, info.dialogs().size(), "a partial document holds the leg that changed");
            var dialog = info.dialogs().get(0);
            if (state.equals(stateOf(dialog))) {
                return dialog;
            }
        }
    }

    static String stateOf(Element dialog) {
        return dialog.getElementsByTagNameNS(NS, "state").item(0).getTextContent();
    }

    static String remoteOf(Element dialog) {
        var remote = dialog.getElementsByTagNameNS(NS, "remote");
        return remote.getLength() == 0 ? "" : ((Element) remote.item(0)).getElementsByTagNameNS(NS, "identity").item(0).getTextContent();
    }

    /** The {@code event} attribute of a dialog's state (empty when it has none). */
    static String eventOf(Element dialog) {
        return ((Element) dialog.getElementsByTagNameNS(NS, "state").item(0)).getAttribute("event");
    }

    /**
     * A watcher's phone that has answered the edge's challenge once (a REGISTER that removes no
     * binding), so that its SUBSCRIBEs carry credentials at once instead of being answered 401
     * first. Measured on a loaded machine: with a 401 first, a test with two watchers took 11-13 s
     * (one in three runs, a SUBSCRIBE got no answer within 32 s); with credentials at once, 4-6 s.
     */
    static SipAgent watcher(String user) throws Exception {
        var phone = SipPhones.phone(user);
        assertEquals(200, phone.register(0).getStatusCode());
        return phone;
    }

    /** Subscribes {@code watcher} to the calls of {@code user}: 200 and the first full document (version 0) asserted. */
    static Response watch(SipAgent watcher, String user) throws Exception {
        var subscribe = subscribe(watcher, user, 600);
        var ok = watcher.send(subscribe);
        assertEquals(200, ok.getStatusCode(), ok.toString());
        var first = next(watcher);
        assertEquals(0, first.version());
        assertEquals("full", first.state());
        return ok;
    }

    /** Sets who may see {@code user}: {@code everyone}, or {@code except} all but those listed. */
    static void privacy(String user, String visibility, String... list) {
        long version = Server.json(Server.MAIN.get(user, "/api/v1/privacy")).getJsonNumber("version").longValue();
        var names = list.length == 0 ? "" : "\"" + String.join("\",\"", list) + "\"";
        var answer = Server.MAIN.putJson(user, "/api/v1/privacy", String.format(
                "{\"visibility\":\"%s\",\"list\":[%s],\"dndExceptions\":[],\"version\":%d}", visibility, names, version));
        assertEquals(200, answer.statusCode(), answer.body());
    }

    static Request withExpires(Request request, int expires) throws Exception {
        request.removeHeader(ExpiresHeader.NAME);
        request.addHeader(javax.sip.SipFactory.getInstance().createHeaderFactory().createExpiresHeader(expires));
        return request;
    }

    @Test
    void aWatcherShouldFollowACallFromTryingToConfirmedToTerminated() throws Exception {
        try (var callee = SipPhones.registered("aasante"); var caller = SipPhones.registered("aandersen");
                var watcher = watcher("aadeyemi")) {
            var subscribe = subscribe(watcher, "aasante", 600);
            var ok = watcher.send(subscribe);
            assertEquals(200, ok.getStatusCode(), ok.toString());
            assertEquals(600, ((ExpiresHeader) ok.getHeader(ExpiresHeader.NAME)).getExpires());
            assertNotNull(ok.getHeader(ContactHeader.NAME));
            var first = next(watcher);
            assertEquals("active", first.subscriptionState());
            assertEquals(0, first.version());
            assertEquals("full", first.state());
            assertEquals(List.of(), first.dialogs(), "no call yet");
            assertTrue(first.root().getAttribute("entity").startsWith("sip:aasante@"));

            var call = caller.start(invite(caller, "aasante"));
            var answered = call.awaitFinal();
            assertEquals(200, answered.getStatusCode(), answered.toString());
            var dialog = SipDialog.ofCaller(caller, call.request(), answered);
            caller.sendStateless(dialog.ack());
            var version = new long[] {0};
            var confirmed = until(watcher, "confirmed", version);
            var callId = ((CallIdHeader) call.request().getHeader(CallIdHeader.NAME)).getCallId();
            assertEquals(callId, confirmed.getAttribute("call-id"));
            assertEquals("recipient", confirmed.getAttribute("direction"), "aasante was called");
            assertTrue(remoteOf(confirmed).startsWith("sip:aandersen@"), remoteOf(confirmed));

            var refresh = withExpires(watcher.followUp(subscribe, ok), 600);
            assertEquals(200, watcher.send(refresh).getStatusCode());
            var whole = next(watcher);
            assertEquals(version[0] + 1, whole.version());
            version[0] = whole.version();
            assertEquals("full", whole.state(), "a refresh gets the whole state");
            assertEquals(1, whole.dialogs().size());
            assertEquals("confirmed", stateOf(whole.dialogs().get(0)));

            assertEquals(200, caller.transact(dialog.bye()).getStatusCode());
            var terminated = until(watcher, "terminated", version);
            assertEquals(callId, terminated.getAttribute("call-id"));
            assertEquals("remote-bye", eventOf(terminated), "the caller hung up");

            var end = withExpires(watcher.followUp(subscribe, ok), 0);
            assertEquals(200, watcher.send(end).getStatusCode());
            var last = next(watcher);
            assertEquals("terminated", last.subscriptionState());
            assertEquals(List.of(), last.dialogs());
            caller.register(0);
            callee.register(0);
        }
    }

    @Test
    void aWatcherThePrivacyListsHideShouldGetDocumentsWithoutDialogsUntilAllowed() throws Exception {
        var hide = "{\"visibility\":\"except\",\"list\":[\"afischer\"],\"dndExceptions\":[],\"version\":%d}";
        long version = Server.json(Server.MAIN.get("aivanov", "/api/v1/privacy")).getJsonNumber("version").longValue();
        var hidden = Server.MAIN.putJson("aivanov", "/api/v1/privacy", String.format(hide, version));
        assertEquals(200, hidden.statusCode(), hidden.body());
        long next = Server.json(hidden).getJsonNumber("version").longValue();
        try (var callee = SipPhones.registered("aivanov"); var caller = SipPhones.registered("agupta");
                var stranger = watcher("afischer"); var colleague = watcher("akim")) {
            var subscribe = subscribe(stranger, "aivanov", 600);
            var ok = stranger.send(subscribe);
            assertEquals(200, ok.getStatusCode(), "the subscription itself tells nothing");
            assertEquals(List.of(), next(stranger).dialogs());
            assertEquals(200, colleague.send(subscribe(colleague, "aivanov", 600)).getStatusCode());
            assertEquals(0, next(colleague).version());

            var call = caller.start(invite(caller, "aivanov"));
            var answered = call.awaitFinal();
            assertEquals(200, answered.getStatusCode());
            var dialog = SipDialog.ofCaller(caller, call.request(), answered);
            caller.sendStateless(dialog.ack());
            until(colleague, "confirmed", new long[] {0});

            assertEquals(200, stranger.send(withExpires(stranger.followUp(subscribe, ok), 600)).getStatusCode());
            var during = next(stranger);
            assertEquals(1, during.version(), "no NOTIFY about the call reached the hidden watcher");
            assertEquals("full", during.state());
            assertEquals(List.of(), during.dialogs(), "the call in progress is not shown");

            var everyone = "{\"visibility\":\"everyone\",\"list\":[],\"dndExceptions\":[],\"version\":" + next + "}";
            assertEquals(200, Server.MAIN.putJson("aivanov", "/api/v1/privacy", everyone).statusCode());
            var allowed = next(stranger);
            assertEquals(2, allowed.version());
            assertEquals("full", allowed.state(), "allowed again: the whole state");
            assertEquals(1, allowed.dialogs().size());
            assertEquals("confirmed", stateOf(allowed.dialogs().get(0)));

            assertEquals(200, caller.transact(dialog.bye()).getStatusCode());
            until(stranger, "terminated", new long[] {2});
            caller.register(0);
            callee.register(0);
        } finally {
            long now = Server.json(Server.MAIN.get("aivanov", "/api/v1/privacy")).getJsonNumber("version").longValue();
            Server.MAIN.putJson("aivanov", "/api/v1/privacy",
                    "{\"visibility\":\"everyone\",\"list\":[],\"dndExceptions\":[],\"version\":" + now + "}");
        }
    }

    @Test
    void badDialogSubscribesShouldGetTheirStatusCodes() throws Exception {
        try (var phone = SipPhones.phone("cfarouk")) {
            var pidfOnly = phone.request(Request.SUBSCRIBE, "aasante");
            pidfOnly.addHeader(phone.headers().createEventHeader("dialog"));
            pidfOnly.addHeader(phone.headers().createAcceptHeader("application", "pidf+xml"));
            var refused = phone.send(pidfOnly);
            assertEquals(Response.NOT_ACCEPTABLE, refused.getStatusCode());
            assertTrue(refused.toString().contains("dialog-info+xml"), "the 406 names what is offered: " + refused);
            assertEquals(404, phone.send(subscribe(phone, "nosuchperson", 600)).getStatusCode());
            var tooBrief = phone.send(subscribe(phone, "aasante", 10));
            assertEquals(423, tooBrief.getStatusCode());
            assertNotNull(tooBrief.getHeader("Min-Expires"));
            var noAccept = phone.request(Request.SUBSCRIBE, "aasante");
            noAccept.addHeader(phone.headers().createEventHeader("dialog"));
            noAccept.addHeader(phone.headers().createExpiresHeader(0));
            assertEquals(200, phone.send(noAccept).getStatusCode(), "no Accept: dialog-info is fine; Expires 0 fetches");
            var fetched = next(phone);
            assertEquals("terminated", fetched.subscriptionState());
            assertEquals("full", fetched.state());
        }
    }
}
