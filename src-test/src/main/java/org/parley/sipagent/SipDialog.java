package org.parley.sipagent;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The requests of an established call as one of its phones sends them (RFC 3261 section 12.2):
 * the remote target from the other side's Contact, the route set from the Record-Route, tags and
 * Call-ID of the dialog.
 *
 * @param phone the phone that sends
 * @param remoteTarget the other side's Contact URI
 * @param routes the route set, in the order the requests carry it
 * @param from this side's address with its tag
 * @param to the other side's address with its tag
 * @param callId the Call-ID
 * @param inviteCSeq the CSeq number of the INVITE (the ACK's)
 */
public record SipDialog(SipAgent phone, String remoteTarget, List<String> routes, FromHeader from, ToHeader to,
        String callId, long inviteCSeq) {

    /** The dialog of the caller: from its INVITE and the 2xx that answered it. */
    public static SipDialog ofCaller(SipAgent phone, Request invite, Response ok) throws ParseException {
        var routes = recordRoutes(ok);
        Collections.reverse(routes);
        return new SipDialog(phone, contact(ok), routes, (FromHeader) invite.getHeader(FromHeader.NAME),
                (ToHeader) ok.getHeader(ToHeader.NAME), callId(invite),
                ((CSeqHeader) invite.getHeader(CSeqHeader.NAME)).getSeqNumber());
    }

    /** The dialog of the callee: from the INVITE it received and the 2xx it answered with. */
    public static SipDialog ofCallee(SipAgent phone, Request invite, Response ok) throws ParseException {
        var h = phone.headers();
        var local = (ToHeader) ok.getHeader(ToHeader.NAME);
        var remote = (FromHeader) invite.getHeader(FromHeader.NAME);
        return new SipDialog(phone, contact(invite), recordRoutes(invite),
                h.createFromHeader(local.getAddress(), local.getTag()), h.createToHeader(remote.getAddress(), remote.getTag()),
                callId(invite), ((CSeqHeader) invite.getHeader(CSeqHeader.NAME)).getSeqNumber());
    }

    /** The ACK of the 2xx (CSeq of the INVITE); send it with {@link SipAgent#sendStateless}. */
    public Request ack() throws ParseException, InvalidArgumentException {
        return request(Request.ACK, inviteCSeq);
    }

    /** A BYE with the phone's next CSeq. */
    public Request bye() throws ParseException, InvalidArgumentException {
        return request(Request.BYE, phone.nextCSeq());
    }

    private Request request(String method, long seq) throws ParseException, InvalidArgumentException {
        var h = phone.headers();
        var a = phone.addresses();
        var request = phone.messages().createRequest(a.createURI(remoteTarget), method, h.createCallIdHeader(callId),
                h.createCSeqHeader(seq, method), (FromHeader) from.clone(), (ToHeader) to.clone(),
                List.<ViaHeader>of(h.createViaHeader("127.0.0.1", phone.port(), ListeningPoint.UDP, null)),
                h.createMaxForwardsHeader(70));
        for (var route : routes) {
            request.addHeader(h.createRouteHeader(a.createAddress(route)));
        }
        request.addHeader(h.createContactHeader(a.createAddress(phone.contact())));
        return request;
    }

    private static List<String> recordRoutes(javax.sip.message.Message message) {
        var routes = new ArrayList<String>();
        for (ListIterator<?> it = message.getHeaders(RecordRouteHeader.NAME); it.hasNext();) {
            routes.add(((RecordRouteHeader) it.next()).getAddress().getURI().toString());
        }
        return routes;
    }

    private static String contact(javax.sip.message.Message message) throws ParseException {
        var contact = (ContactHeader) message.getHeader(ContactHeader.NAME);
        if (contact == null) {
            throw new ParseException("No Contact in " + message, 0);
        }
        return contact.getAddress().getURI().toString();
    }

    private static String callId(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }
}
