package org.parley.sip.internal;

import java.text.ParseException;
import java.util.Set;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;

/**
 * Answers OPTIONS with 200 OK and the capabilities this edge really has (RFC 3261 section 11.2):
 * Allow lists the handled methods, Accept the one body type understood, Supported no extensions yet.
 */
final class OptionsHandler implements SipRequestHandler {

    private final Set<String> allowedMethods;

    OptionsHandler(Set<String> allowedMethods) {
        this.allowedMethods = Set.copyOf(allowedMethods);
    }

    @Override
    public String method() {
        return Request.OPTIONS;
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var headers = responder.headers();
        var response = responder.create(transaction.getRequest(), Response.OK);
        for (var method : allowedMethods.stream().sorted().toList()) {
            response.addHeader(headers.createAllowHeader(method));
        }
        response.addHeader(headers.createAcceptHeader("application", "sdp"));
        response.addHeader(headers.createSupportedHeader(""));
        responder.send(transaction, response);
    }
}
