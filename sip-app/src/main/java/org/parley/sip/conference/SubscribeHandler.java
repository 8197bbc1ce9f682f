package org.parley.sip.conference;

import java.text.ParseException;
import java.time.Instant;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.EventHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.SelectiveHandler;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipResponder;
import org.parley.sip.SubscriptionExpires;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.telephony.ConferenceService;

/**
 * SUBSCRIBE with {@code Event: conference} to a conference URI (RFC 4575): the subscriber
 * authenticates (401), only a participant may subscribe (403; 404 for no such conference),
 * Expires 60 to 3600 s (423 below), 0 a fetch, at most {@code parley.sip.maxSubscriptionsPerWatcher}
 * per watcher (403). The 200 makes a dialog; the first NOTIFY carries
 * the full state, every change a partial one. A SUBSCRIBE in the dialog refreshes (the full state
 * again) or ends it.
 */
final class SubscribeHandler implements SelectiveHandler {

    private final DigestAuthenticator authenticator;
    private final ConferenceService service;
    private final ConferenceEvents events;
    private final SipOutbound outbound;

    SubscribeHandler(DigestAuthenticator authenticator, ConferenceService service, ConferenceEvents events,
            SipOutbound outbound) {
        this.authenticator = authenticator;
        this.service = service;
        this.events = events;
        this.outbound = outbound;
    }

    @Override
    public String method() {
        return Request.SUBSCRIBE;
    }

    @Override
    public boolean claims(Request request) {
        var event = (EventHeader) request.getHeader(EventHeader.NAME);
        return event != null && ConferenceEvents.PACKAGE.equalsIgnoreCase(event.getEventType());
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var request = transaction.getRequest();
        var watcher = authenticator.callerOf(transaction, responder, true);
        if (watcher.isEmpty()) {
            return;
        }
        var granted = SubscriptionExpires.granted(transaction, responder);
        if (granted.isEmpty()) {
            return;
        }
        int expires = granted.getAsInt();
        var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        var toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
        if (toTag != null) {
            var known = events.find(callId, toTag).filter(w -> w.watcher.equals(watcher.get()));
            if (known.isEmpty()) {
                responder.answer(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
                return;
            }
            answer(transaction, responder, known.get(), expires);
            return;
        }
        var conference = DialInHandler.conferenceOf(request.getRequestURI());
        if (conference.isPresent() && HostRedirect.sent(service, outbound, conference.get(), transaction, responder)) {
            return;
        }
        var state = conference.flatMap(service::state);
        var contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        if (state.isEmpty()) {
            responder.answer(transaction, Response.NOT_FOUND, "No Such Conference");
        } else if (!service.isParticipant(conference.get(), watcher.get())) {
            responder.answer(transaction, Response.FORBIDDEN, "Not A Participant");
        } else if (contact == null) {
            responder.answer(transaction, Response.BAD_REQUEST, "Missing Contact Header");
        } else {
            var w = new ConferenceEvents.Watch(watcher.get(), conference.get(), request, Instant.now().plusSeconds(expires));
            if (expires > 0 && !events.add(w)) {
                responder.answer(transaction, Response.FORBIDDEN, "Too Many Subscriptions");
                return;
            }
            answer(transaction, responder, w, expires);
        }
    }

    /** 200 with the dialog's tag, then the full state: the subscription goes on, or ends for Expires 0. */
    private void answer(ServerTransaction transaction, SipResponder responder, ConferenceEvents.Watch w, int expires)
            throws ParseException, SipException, InvalidArgumentException {
        var ok = responder.create(transaction.getRequest(), Response.OK);
        ((ToHeader) ok.getHeader(ToHeader.NAME)).setTag(w.localTag);
        ok.addHeader(responder.headers().createExpiresHeader(expires));
        ok.addHeader(responder.headers().createContactHeader(outbound.addressOf(ConferenceFocus.userPart(w.conference))));
        responder.send(transaction, ok);
        w.expires(Instant.now().plusSeconds(expires));
        events.full(w, expires == 0);
    }
}
