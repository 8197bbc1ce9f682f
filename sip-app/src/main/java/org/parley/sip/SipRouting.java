package org.parley.sip;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Request;

/**
 * The proxy side of the edge, offered by a request handler that also implements it: requests that
 * carry the edge's own Record-Route (in-dialog requests of proxied calls, ACK included) go here
 * whatever their method, and so do responses that match no client transaction (retransmitted 2xx
 * to a proxied INVITE). Implementations are thread-safe.
 */
public interface SipRouting {

    /** Whether the request's top Route names this edge, so the proxy must forward it. */
    boolean routes(Request request);

    /** Forwards an ACK statelessly (an ACK to a 2xx has no transaction). */
    void routeAck(RequestEvent event);

    /** Forwards any other request along its route set, statefully; it must answer {@code transaction}. */
    void route(RequestEvent event, ServerTransaction transaction)
            throws ParseException, SipException, InvalidArgumentException;

    /** A response that belongs to no client transaction any more. */
    void strayResponse(ResponseEvent event);
}
