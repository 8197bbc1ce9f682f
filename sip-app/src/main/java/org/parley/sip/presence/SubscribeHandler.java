package org.parley.sip.presence;

import java.text.ParseException;
import java.time.Instant;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.AcceptHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.EventHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.error.ParleyException;
import org.parley.presence.Presence;
import org.parley.presence.PresenceService;
import org.parley.sip.SipErrors;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;
import org.parley.sip.SubscriptionExpires;
import org.parley.sip.SipUsers;
import org.parley.sip.auth.DigestAuthenticator;

/**
 * SUBSCRIBE to the presence of a directory user (RFC 6665, RFC 3856). Every authenticated user may
 * subscribe to anyone: the presentity's privacy lists decide what each NOTIFY shows, and someone
 * hidden looks exactly like someone offline. An initial SUBSCRIBE makes a dialog; a SUBSCRIBE in
 * it refreshes or (Expires 0) ends the subscription.
 */
final class SubscribeHandler implements SipRequestHandler {

    private final DigestAuthenticator authenticator;
    private final PresenceService presence;
    private final Subscriptions subscriptions;
    private final Notifier notifier;

    SubscribeHandler(DigestAuthenticator authenticator, PresenceService presence, Subscriptions subscriptions,
            Notifier notifier) {
        this.authenticator = authenticator;
        this.presence = presence;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
    }

    @Override
    public String method() {
        return Request.SUBSCRIBE;
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        if (!EventPackage.presence(transaction, responder)) {
            return;
        }
        var request = transaction.getRequest();
        if (!acceptsPidf(request)) {
            var response = responder.create(request, Response.NOT_ACCEPTABLE);
            response.addHeader(responder.headers().createAcceptHeader(Pidf.CONTENT_TYPE, Pidf.CONTENT_SUBTYPE));
            responder.send(transaction, response);
            return;
        }
        var watcher = authenticator.callerOf(transaction, responder, true);
        if (watcher.isEmpty()) {
            return;
        }
        var expires = SubscriptionExpires.granted(transaction, responder);
        if (expires.isEmpty()) {
            return;
        }
        var toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
        if (toTag == null) {
            initial(transaction, responder, watcher.get(), expires.getAsInt());
        } else {
            refresh(transaction, responder, watcher.get(), toTag, expires.getAsInt());
        }
    }

    private void initial(ServerTransaction transaction, SipResponder responder, String watcher, int expires)
            throws ParseException, SipException, InvalidArgumentException {
        var request = transaction.getRequest();
        var presentity = SipUsers.of(request.getRequestURI());
        var contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        if (contact == null) {
            responder.answer(transaction, Response.BAD_REQUEST, "Missing Contact Header");
            return;
        }
        if (presentity.isEmpty()) {
            responder.answer(transaction, Response.NOT_FOUND);
            return;
        }
        Presence now;
        try {
            now = presence.current(watcher, presentity.get());
        } catch (ParleyException e) {
            responder.answer(transaction, SipErrors.status(e), SipErrors.reason(e));
            return;
        }
        var from = (FromHeader) request.getHeader(FromHeader.NAME);
        var event = (EventHeader) request.getHeader(EventHeader.NAME);
        var s = new Subscription(watcher, presentity.get(), ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                SipOutbound.newTag(), from.getTag(), from.getAddress().toString(), contact.getAddress().getURI().toString(),
                ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport(), event.getEventId(),
                Instant.now().plusSeconds(expires));
        accept(transaction, responder, s, expires);
        if (expires == 0) {
            notifier.terminated(s, now, "timeout");
        } else {
            subscriptions.add(s);
            notifier.full(s, now);
        }
    }

    private void refresh(ServerTransaction transaction, SipResponder responder, String watcher, String toTag,
            int expires) throws ParseException, SipException, InvalidArgumentException {
        var request = transaction.getRequest();
        var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        var found = subscriptions.find(callId, toTag).filter(s -> s.watcher.equals(watcher));
        if (found.isEmpty()) {
            responder.answer(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        var s = found.get();
        s.expires(Instant.now().plusSeconds(expires));
        accept(transaction, responder, s, expires);
        var now = presence.current(watcher, s.presentity);
        if (expires == 0) {
            subscriptions.remove(s);
            notifier.terminated(s, now, "timeout");
        } else {
            notifier.full(s, now);
        }
    }

    private void accept(ServerTransaction transaction, SipResponder responder, Subscription s, int expires)
            throws ParseException, SipException, InvalidArgumentException {
        var response = responder.create(transaction.getRequest(), Response.OK);
        ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(s.localTag);
        response.addHeader(responder.headers().createExpiresHeader(expires));
        response.addHeader(responder.headers().createContactHeader(notifier.contact(s.presentity)));
        responder.send(transaction, response);
    }

    private static boolean acceptsPidf(Request request) {
        var accepts = request.getHeaders(AcceptHeader.NAME);
        if (!accepts.hasNext()) {
            return true;
        }
        while (accepts.hasNext()) {
            var accept = (AcceptHeader) accepts.next();
            var type = accept.getContentType();
            var sub = accept.getContentSubType();
            if (("*".equals(type) || Pidf.CONTENT_TYPE.equalsIgnoreCase(type))
                    && ("*".equals(sub) || Pidf.CONTENT_SUBTYPE.equalsIgnoreCase(sub))) {
                return true;
            }
        }
        return false;
    }
}
