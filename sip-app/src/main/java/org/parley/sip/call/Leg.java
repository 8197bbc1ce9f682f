package org.parley.sip.call;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.header.ContactHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.SipOutbound;

/**
 * One leg of a call that Parley places itself (click-to-call, a conference dialling out): Parley
 * is the user agent client of a dialog with one phone. It sends the INVITE, ACKs the 2xx, sends
 * BYE or CANCEL; its in-dialog requests follow the route set the 2xx recorded. Not
 * thread-safe: its call serializes every use.
 */
public final class Leg {

    private final SipOutbound outbound;
    private final URI target;
    private final Address local;
    private final Address remote;
    private final String localTag = SipOutbound.newTag();
    private String callId;
    private ClientTransaction invite;
    private String remoteTag;
    private URI remoteTarget;
    /** The route set of the dialog (RFC 3261 12.1.2): the 2xx's Record-Route, reversed. */
    private List<Address> routes = List.of();
    private long cseq = 1;

    public Leg(SipOutbound outbound, URI target, Address local, Address remote) {
        this.outbound = outbound;
        this.target = target;
        this.local = local;
        this.remote = remote;
    }

    public String callId() {
        return callId;
    }

    /** Sends the INVITE, with {@code sdp} as its offer when not null; {@code listener} hears its responses. */
    public void invite(String sdp, org.parley.sip.ResponseListener listener)
            throws ParseException, InvalidArgumentException, SipException {
        var request = outbound.request(Request.INVITE, target, local, localTag, remote, null, null, cseq,
                SipOutbound.transportOf(target.toString()));
        callId = ((javax.sip.header.CallIdHeader) request.getHeader(javax.sip.header.CallIdHeader.NAME)).getCallId();
        if (sdp != null) {
            request.setContent(sdp, outbound.headers().createContentTypeHeader("application", "sdp"));
        }
        invite = outbound.provider(SipOutbound.transportOf(target.toString()))
                .orElseThrow(() -> new SipException("SIP edge not running")).getNewClientTransaction(request);
        invite.setApplicationData(listener);
        invite.sendRequest();
    }

    /** The phone answered with {@code ok}: the dialog is set up (its tag and contact). */
    public void answered(Response ok) {
        remoteTag = ((ToHeader) ok.getHeader(ToHeader.NAME)).getTag();
        var contact = (ContactHeader) ok.getHeader(ContactHeader.NAME);
        remoteTarget = contact != null ? contact.getAddress().getURI() : target;
        var recorded = new ArrayList<Address>();
        for (java.util.ListIterator<?> it = ok.getHeaders(RecordRouteHeader.NAME); it.hasNext();) {
            recorded.add(0, ((RecordRouteHeader) it.next()).getAddress());
        }
        routes = List.copyOf(recorded);
    }

    public boolean isAnswered() {
        return remoteTag != null;
    }

    /** ACKs the 2xx, with {@code sdp} as the answer when not null. */
    public void ack(String sdp) throws ParseException, InvalidArgumentException, SipException {
        var ack = inDialog(Request.ACK, 1);
        if (sdp != null) {
            ack.setContent(sdp, outbound.headers().createContentTypeHeader("application", "sdp"));
        }
        var via = (javax.sip.header.ViaHeader) ack.getHeader(javax.sip.header.ViaHeader.NAME);
        outbound.provider(via.getTransport())
                .orElseThrow(() -> new SipException("SIP edge not running")).sendRequest(ack);
    }

    /** Ends the leg: BYE once answered, else CANCEL of the ringing INVITE. */
    public void end() throws ParseException, InvalidArgumentException, SipException {
        if (isAnswered()) {
            outbound.send(inDialog(Request.BYE, ++cseq), null);
        } else if (invite != null && invite.getState() == javax.sip.TransactionState.PROCEEDING) {
            var cancel = invite.createCancel();
            outbound.provider(SipOutbound.transportOf(target.toString()))
                    .orElseThrow(() -> new SipException("SIP edge not running"))
                    .getNewClientTransaction(cancel).sendRequest();
        }
    }

    /** A request in the dialog, through its route set (the PBX's proxies that record-routed it), loose routing only. */
    private Request inDialog(String method, long seq) throws ParseException, InvalidArgumentException {
        var next = routes.isEmpty() ? remoteTarget : routes.get(0).getURI();
        var request = outbound.request(method, remoteTarget, local, localTag, remote, remoteTag, callId, seq,
                SipOutbound.transportOf(next.toString()));
        for (var route : routes) {
            request.addHeader(outbound.headers().createRouteHeader(route));
        }
        return request;
    }
}
