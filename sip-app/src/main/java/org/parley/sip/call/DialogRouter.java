package org.parley.sip.call;

import java.text.ParseException;
import java.util.Optional;
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
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.ResponseListener;

/**
 * Forwards the in-dialog requests of proxied calls, which come back to the edge through its
 * Record-Route (RFC 3261 section 16.12 loose routing): ACK statelessly, every other request in a
 * client transaction of its own whose responses go back upstream. A BYE ends the call's dialog.
 * In a dialog whose INVITE went to the trunk with credentials, the caller's requests keep their
 * {@link CSeqShift}, and one the trunk challenges goes again once with the credentials. Stateless
 * apart from the dialogs registry; thread-safe.
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
            var shift = shiftOf(ack);
            if (shift.isPresent()) {
                shift.get().apply(ack, true);
            }
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
        var shift = shiftOf(request);
        if (shift.isPresent()) {
            shift.get().apply(request, true);
        }
        if (Request.BYE.equals(request.getMethod())) {
            var from = ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI();
            dialogs.ended(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                    from instanceof SipURI sip ? sip.getUser() : null);
        }
        if (!ProxyHop.mayForward(request)) {
            transaction.sendResponse(hop.outbound().messages().createResponse(Response.TOO_MANY_HOPS, transaction.getRequest()));
            return;
        }
        send(new Relay(transaction, hop, shift.orElse(null)), hop.copyForNextHop(request, null));
    }

    private Optional<CSeqShift> shiftOf(Request request) {
        return dialogs.shiftOf(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId());
    }

    private static void send(Relay relay, Request next) throws SipException {
        relay.sent = next;
        var client = relay.hop.providerTowards(next).getNewClientTransaction(next);
        client.setApplicationData(relay);
        client.sendRequest();
    }

    /** A 2xx to an INVITE retransmitted after its transaction ended: it goes upstream as it came. */
    void strayResponse(ResponseEvent event) {
        var response = event.getResponse();
        if (response.getHeader(ViaHeader.NAME) != null) {
            var shift = dialogs.shiftOf(((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId());
            try {
                if (shift.isPresent()) {
                    shift.get().apply(response, false);
                }
            } catch (InvalidArgumentException e) {
                LOG.log(Level.FINE, "SIP CSeq of a stray response not restored: {0}", e.toString());
            }
            hop.forwardStateless(response);
        }
    }

    /**
     * Carries the responses of one forwarded in-dialog request back upstream; in a dialog with a
     * CSeq shift, answers the trunk's challenge once. The stack calls it for one transaction at a
     * time; its fields change only before the next transaction is sent.
     */
    private static final class Relay implements ResponseListener {

        private final ServerTransaction upstream;
        private final ProxyHop hop;
        private final CSeqShift shift;
        private Request sent;
        private boolean authenticated;

        Relay(ServerTransaction upstream, ProxyHop hop, CSeqShift shift) {
            this.upstream = upstream;
            this.hop = hop;
            this.shift = shift;
        }

        @Override
        public void onResponse(ResponseEvent event) {
            var response = event.getResponse();
            if (response.getStatusCode() == Response.TRYING || shift != null && ProxyHop.isChallenge(response)
                    && answered(response)) {
                return;
            }
            try {
                var copy = ProxyHop.upstream(response);
                if (shift != null) {
                    shift.apply(copy, false);
                }
                upstream.sendResponse(copy);
            } catch (SipException | InvalidArgumentException | RuntimeException e) {
                LOG.log(Level.FINE, "SIP in-dialog response not relayed: {0}", e.toString());
            }
        }

        /** Sends the request again with the trunk's credentials, once; false when the challenge goes upstream. */
        private boolean answered(Response challenge) {
            var again = authenticated ? Optional.<Request>empty() : hop.withCredentials(sent, challenge);
            if (again.isEmpty()) {
                return false;
            }
            authenticated = true;
            shift.grow();
            try {
                send(this, again.get());
                return true;
            } catch (SipException | RuntimeException e) {
                LOG.log(Level.FINE, "SIP in-dialog request with the trunk''s credentials not sent: {0}", e.toString());
                return false;
            }
        }

        @Override
        public void onTimeout() {
            try {
                upstream.sendResponse(hop.outbound().messages().createResponse(Response.REQUEST_TIMEOUT, upstream.getRequest()));
            } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
                LOG.log(Level.FINE, "SIP 408 not relayed: {0}", e.toString());
            }
        }
    }
}
