package org.parley.sip;

import java.text.ParseException;
import java.util.OptionalInt;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The Expires range every event package of the edge grants to SUBSCRIBE and PUBLISH
 * (RFC 6665 section 4.2.1.1, RFC 3903 section 6): no header means the longest, a longer ask is
 * cut to the longest, a shorter one than the shortest is answered 423 with Min-Expires, and 0
 * ends (or fetches).
 */
public final class SubscriptionExpires {

    /** The shortest subscription or publication accepted (shorter is answered 423). */
    public static final int MIN_SECONDS = 60;
    /** The longest granted, and the default (RFC 3856 section 6.4). */
    public static final int MAX_SECONDS = 3600;

    private SubscriptionExpires() {
    }

    /** The seconds granted (0 ends), or empty after answering 423 with Min-Expires. */
    public static OptionalInt granted(ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        Request request = transaction.getRequest();
        var header = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        int asked = header == null ? MAX_SECONDS : header.getExpires();
        if (asked > 0 && asked < MIN_SECONDS) {
            var response = responder.create(request, Response.INTERVAL_TOO_BRIEF);
            response.addHeader(responder.headers().createMinExpiresHeader(MIN_SECONDS));
            responder.send(transaction, response);
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.min(asked, MAX_SECONDS));
    }
}
