package org.parley.sip.conference;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Response;

import org.parley.sip.SipOutbound;
import org.parley.sip.SipResponder;
import org.parley.telephony.ConferenceService;

/**
 * Sends a phone to the server of the cluster that hosts a conference: a dial-in or a conference
 * SUBSCRIBE that reaches another server's edge is answered 302 with the host's conference URI as
 * Contact (RFC 3261 section 8.1.3.4), so that the phone retries there. Stateless.
 */
final class HostRedirect {

    private HostRedirect() {
    }

    /** Answers 302 when another server hosts {@code conference}; returns whether it did. */
    static boolean sent(ConferenceService service, SipOutbound outbound, String conference, ServerTransaction transaction,
            SipResponder responder) throws ParseException, SipException, InvalidArgumentException {
        var host = service.hostedElsewhere(conference);
        if (host.isEmpty()) {
            return false;
        }
        var response = responder.create(transaction.getRequest(), Response.MOVED_TEMPORARILY);
        response.addHeader(responder.headers().createContactHeader(
                outbound.addresses().createAddress(outbound.addresses().createURI(host.get()))));
        responder.send(transaction, response);
        return true;
    }
}
