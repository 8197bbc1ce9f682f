package org.parley.sip.presence;

import java.text.ParseException;
import java.util.OptionalInt;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.EventHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.SipResponder;

/** The checks SUBSCRIBE and PUBLISH of the presence event package share: the Event header and the Expires range. */
final class EventPackage {

    static final String PRESENCE = "presence";
    /** The shortest subscription or publication accepted (shorter is answered 423). */
    static final int MIN_EXPIRES = 60;
    /** The longest granted, and the default (RFC 3856 section 6.4). */
    static final int MAX_EXPIRES = 3600;

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

    /** The seconds granted (0 ends), or empty after answering 423 with Min-Expires. */
    static OptionalInt expires(ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        Request request = transaction.getRequest();
        var header = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        int asked = header == null ? MAX_EXPIRES : header.getExpires();
        if (asked > 0 && asked < MIN_EXPIRES) {
            var response = responder.create(request, Response.INTERVAL_TOO_BRIEF);
            response.addHeader(responder.headers().createMinExpiresHeader(MIN_EXPIRES));
            responder.send(transaction, response);
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.min(asked, MAX_EXPIRES));
    }
}
