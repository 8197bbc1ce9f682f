package org.parley.sip.call;

import java.text.ParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.ResponseListener;

/**
 * Forwards the in-dialog requests of proxied calls, which come back to the edge through its
 * Record-Route (RFC 3261 section 16.12 loose routing): ACK statelessly, every other request in a
 * client transaction of its own whose responses go back upstream. A BYE ends the call's dialog.
 * Stateless apart from the dialogs registry; thread-safe.
 */
final class DialogRouter {

    private static final Logger LOG = Logger.getLogger(DialogRouter.class.getName());

    private final ProxyHop hop;
    private final Dialogs dialogs;

    DialogRouter(ProxyHop hop, Dialogs dialogs) {
        this.hop = hop;
        this.dialogs = dialogs;
    }

    /** CANCEL is hop by hop: the edge answers it itself, whatever its Route. */
    boolean routes(Request request) {
        return !Request.CANCEL.equals(request.getMethod()) && hop.ownRoute(request);
    }

    void routeAck(RequestEvent event) {
        try {
            var ack = (Request) event.getRequest().clone();
            hop.popOwnRoutes(ack);
            if (!ProxyHop.mayForward(ack)) {
                return;
            }
            var next = hop.copyForNextHop(ack, null);
            hop.providerTowards(next).sendRequest(next);
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "SIP ACK not forwarded: {0}", e.toString());
        }
    }

    void route(ServerTransaction transaction) throws ParseException, SipException, InvalidArgumentException {
        var request = (Request) transaction.getRequest().clone();
        hop.popOwnRoutes(request);
        if (Request.BYE.equals(request.getMethod())) {
            var from = ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI();
            dialogs.ended(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                    from instanceof SipURI sip ? sip.getUser() : null);
        }
        if (!ProxyHop.mayForward(request)) {
            transaction.sendResponse(hop.outbound().messages().createResponse(Response.TOO_MANY_HOPS, transaction.getRequest()));
            return;
        }
        var next = hop.copyForNextHop(request, null);
        var client = hop.providerTowards(next).getNewClientTransaction(next);
        client.setApplicationData(new Relay(transaction, hop.outbound().messages()));
        client.sendRequest();
    }

    /** A 2xx to an INVITE retransmitted after its transaction ended: it goes upstream as it came. */
    void strayResponse(ResponseEvent event) {
        var response = event.getResponse();
        if (response.getHeader(ViaHeader.NAME) != null) {
            hop.forwardStateless(response);
        }
    }

    /** Carries the responses of one forwarded in-dialog request back upstream. */
    private static final class Relay implements ResponseListener {

        private final ServerTransaction upstream;
        private final MessageFactory messages;

        Relay(ServerTransaction upstream, MessageFactory messages) {
            this.upstream = upstream;
            this.messages = messages;
        }

        @Override
        public void onResponse(ResponseEvent event) {
            var response = event.getResponse();
            if (response.getStatusCode() == Response.TRYING) {
                return;
            }
            try {
                upstream.sendResponse(ProxyHop.upstream(response));
            } catch (SipException | InvalidArgumentException | RuntimeException e) {
                LOG.log(Level.FINE, "SIP in-dialog response not relayed: {0}", e.toString());
            }
        }

        @Override
        public void onTimeout() {
            try {
                upstream.sendResponse(messages.createResponse(Response.REQUEST_TIMEOUT, upstream.getRequest()));
            } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
                LOG.log(Level.FINE, "SIP 408 not relayed: {0}", e.toString());
            }
        }
    }
}
