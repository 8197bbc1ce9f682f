package org.parley.sip.presence;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.EventHeader;
import javax.sip.message.Response;

import org.parley.sip.SipResponder;

/** The Event header check SUBSCRIBE and PUBLISH of the presence package share (Expires: {@link org.parley.sip.SubscriptionExpires}). */
final class EventPackage {

    static final String PRESENCE = "presence";

    private EventPackage() {
    }

    /** Whether the request is for the presence package; answers 489 with Allow-Events otherwise. */
    static boolean presence(ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var event = (EventHeader) transaction.getRequest().getHeader(EventHeader.NAME);
        if (event != null && PRESENCE.equalsIgnoreCase(event.getEventType())) {
            return true;
        }
        var response = responder.create(transaction.getRequest(), Response.BAD_EVENT);
        response.addHeader(responder.headers().createAllowEventsHeader(PRESENCE));
        responder.send(transaction, response);
        return false;
    }
}
