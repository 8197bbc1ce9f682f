package org.parley.sip.call;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.ResponseListener;
import org.parley.sip.SipOutbound;
import org.parley.sip.auth.TrunkCredentials;
import org.parley.sip.dialog.DialogReport;

/**
 * One leg of a call that Parley places itself (click-to-call, a conference dialling out): Parley
 * is the user agent client of a dialog with one phone. It sends the INVITE, ACKs the 2xx, sends
 * BYE or CANCEL; its in-dialog requests follow the route set the 2xx recorded. Every state of the
 * dialog goes to the dialog event package ({@link DialogReport}), as the proxy's calls do. A leg
 * to the trunk answers the trunk's 401 or 407 to its INVITE once with Parley's credentials
 * ({@link TrunkCredentials}), and to its BYE once when the INVITE needed them; a second challenge
 * goes to the listener like any failure. Thread safety: every change is synchronized on the leg,
 * and no lock is held while the listener hears a response.
 */
public final class Leg {

    private static final Logger LOG = Logger.getLogger(Leg.class.getName());

    private final SipOutbound outbound;
    private final URI target;
    private final Address local;
    private final Address remote;
    private final TrunkCredentials trunk;
    private final DialogReport dialog;
    private final String localTag = SipOutbound.newTag();
    private String callId;
    private ClientTransaction invite;
    private Request inviteSent;
    private boolean authenticated;
    private String remoteTag;
    private URI remoteTarget;
    /** The route set of the dialog (RFC 3261 12.1.2): the 2xx's Record-Route, reversed. */
    private List<Address> routes = List.of();
    private long cseq = 1;

    /**
     * A leg to {@code target}; {@code trunk} answers challenges when the target is the trunk;
     * {@code dialog} reports its states.
     */
    public Leg(SipOutbound outbound, URI target, Address local, Address remote, TrunkCredentials trunk,
            DialogReport dialog) {
        this.outbound = outbound;
        this.target = target;
        this.local = local;
        this.remote = remote;
        this.trunk = trunk;
        this.dialog = dialog;
    }

    public synchronized String callId() {
        return callId;
    }

    /** Sends the INVITE, with {@code sdp} as its offer when not null; {@code listener} hears its responses. */
    public synchronized void invite(String sdp, ResponseListener listener)
            throws ParseException, InvalidArgumentException, SipException {
        var request = outbound.request(Request.INVITE, target, local, localTag, remote, null, null, cseq,
                outbound.transportTowards(target));
        callId = ((javax.sip.header.CallIdHeader) request.getHeader(javax.sip.header.CallIdHeader.NAME)).getCallId();
        if (sdp != null) {
            request.setContent(sdp, outbound.headers().createContentTypeHeader("application", "sdp"));
        }
        var reported = dialog.reporting(callId, listener);
        dialog.sent(callId, localTag); // before any response can be reported
        try {
            sendInvite(request, trunk.answersFor(target) ? new Challenged(request, reported) : reported);
        } catch (SipException | RuntimeException e) {
            dialog.failed(callId);
            throw e;
        }
    }

    private void sendInvite(Request request, ResponseListener listener) throws SipException {
        inviteSent = request;
        invite = outbound.provider(outbound.transportTowards(target))
                .orElseThrow(() -> new SipException("SIP edge not running")).getNewClientTransaction(request);
        invite.setApplicationData(listener);
        invite.sendRequest();
    }

    /**
     * Sends {@code sent} again with the trunk's credentials for its challenge, once (the request
     * sent again has {@code listener} alone): true when it went, false when the challenge is the
     * listener's (none Parley can answer).
     */
    private synchronized boolean sentAgain(Request sent, Response challenge, ResponseListener listener) {
        var again = trunk.answer(sent, challenge, outbound.headers());
        if (again.isEmpty()) {
            return false;
        }
        try {
            cseq = ((CSeqHeader) again.get().getHeader(CSeqHeader.NAME)).getSeqNumber();
            if (Request.INVITE.equals(sent.getMethod())) {
                authenticated = true;
                sendInvite(again.get(), listener);
            } else {
                sendInDialog(again.get(), listener);
            }
            return true;
        } catch (SipException | RuntimeException e) {
            LOG.log(Level.FINE, "SIP {0} with the trunk''s credentials not sent: {1}", new Object[] {sent.getMethod(), e});
            return false;
        }
    }

    /** The phone answered with {@code ok}: the dialog is set up (its tag and contact). */
    public synchronized void answered(Response ok) {
        remoteTag = ((ToHeader) ok.getHeader(ToHeader.NAME)).getTag();
        var contact = (ContactHeader) ok.getHeader(ContactHeader.NAME);
        remoteTarget = contact != null ? contact.getAddress().getURI() : target;
        var recorded = new ArrayList<Address>();
        for (java.util.ListIterator<?> it = ok.getHeaders(RecordRouteHeader.NAME); it.hasNext();) {
            recorded.add(0, ((RecordRouteHeader) it.next()).getAddress());
        }
        routes = List.copyOf(recorded);
    }

    public synchronized boolean isAnswered() {
        return remoteTag != null;
    }

    /** ACKs the 2xx, with {@code sdp} as the answer when not null. */
    public synchronized void ack(String sdp) throws ParseException, InvalidArgumentException, SipException {
        var ack = inDialog(Request.ACK, ((CSeqHeader) inviteSent.getHeader(CSeqHeader.NAME)).getSeqNumber());
        if (sdp != null) {
            ack.setContent(sdp, outbound.headers().createContentTypeHeader("application", "sdp"));
        }
        // RFC 3261 13.2.2.4: the ACK carries the credentials of the INVITE it acknowledges
        for (var name : List.of(AuthorizationHeader.NAME, ProxyAuthorizationHeader.NAME)) {
            if (inviteSent.getHeader(name) != null) {
                ack.setHeader((javax.sip.header.Header) inviteSent.getHeader(name).clone());
            }
        }
        var via = (ViaHeader) ack.getHeader(ViaHeader.NAME);
        outbound.provider(via.getTransport())
                .orElseThrow(() -> new SipException("SIP edge not running")).sendRequest(ack);
    }

    /** Ends the leg: BYE once answered, else CANCEL of the ringing INVITE. */
    public synchronized void end() throws ParseException, InvalidArgumentException, SipException {
        if (isAnswered()) {
            dialog.hungUp(callId, false);
            var bye = inDialog(Request.BYE, ++cseq);
            sendInDialog(bye, authenticated ? new Challenged(bye, null) : null);
        } else if (invite != null && invite.getState() == javax.sip.TransactionState.PROCEEDING) {
            dialog.cancelled(callId); // now, not at the 487: a stopping edge may never hear it
            var cancel = invite.createCancel();
            outbound.provider(outbound.transportTowards(target))
                    .orElseThrow(() -> new SipException("SIP edge not running"))
                    .getNewClientTransaction(cancel).sendRequest();
        }
    }

    /** The phone ended the leg with its BYE (answered by whoever took it). */
    public synchronized void hungUpByPhone() {
        if (callId != null) {
            dialog.hungUp(callId, true);
        }
    }

    /** Gives up on a phone that rang too long: reported as a timeout, then ended like {@link #end()}. */
    public synchronized void giveUp() throws ParseException, InvalidArgumentException, SipException {
        if (callId != null && !isAnswered()) {
            dialog.gaveUp(callId);
        }
        end();
    }

    /** A request in the dialog, through its route set (the PBX's proxies that record-routed it), loose routing only. */
    private Request inDialog(String method, long seq) throws ParseException, InvalidArgumentException {
        var next = routes.isEmpty() ? remoteTarget : routes.get(0).getURI();
        var request = outbound.request(method, remoteTarget, local, localTag, remote, remoteTag, callId, seq,
                outbound.transportTowards(next));
        for (var route : routes) {
            request.addHeader(outbound.headers().createRouteHeader(route));
        }
        return request;
    }

    /** Sends a request of the dialog on the provider of its Via; {@code listener}, when not null, hears its responses. */
    private void sendInDialog(Request request, ResponseListener listener) throws SipException {
        var via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        var transaction = outbound.provider(via.getTransport())
                .orElseThrow(() -> new SipException("SIP edge not running")).getNewClientTransaction(request);
        if (listener != null) {
            transaction.setApplicationData(listener);
        }
        transaction.sendRequest();
    }

    /**
     * Hears the responses to a request to the trunk first: its challenge is answered here once,
     * the rest go on to the listener (none for a BYE: the leg is over either way).
     */
    private final class Challenged implements ResponseListener {

        private final Request sent;
        private final ResponseListener listener;

        Challenged(Request sent, ResponseListener listener) {
            this.sent = sent;
            this.listener = listener;
        }

        @Override
        public void onResponse(ResponseEvent event) {
            if (ProxyHop.isChallenge(event.getResponse()) && sentAgain(sent, event.getResponse(), listener)) {
                return;
            }
            if (listener != null) {
                listener.onResponse(event);
            }
        }

        @Override
        public void onTimeout() {
            if (listener != null) {
                listener.onTimeout();
            }
        }
    }
}
