package org.parley.sip;

import gov.nist.javax.sip.Utils;
import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** Builds and sends responses for request handlers; stateless and thread-safe. */
public final class SipResponder {

    private final MessageFactory messages;
    private final HeaderFactory headers;

    public SipResponder(MessageFactory messages, HeaderFactory headers) {
        this.messages = messages;
        this.headers = headers;
    }

    /** The header factory, for adding headers to a response before sending it. */
    public HeaderFactory headers() {
        return headers;
    }

    /** A response to {@code request}; above 100 it carries a To tag as RFC 3261 section 8.2.6.2 asks. */
    public Response create(Request request, int status) throws ParseException {
        var response = messages.createResponse(status, request);
        var to = (ToHeader) response.getHeader(ToHeader.NAME);
        if (status > Response.TRYING && to != null && to.getTag() == null) {
            to.setTag(Utils.getInstance().generateTag());
        }
        return response;
    }

    /** Sends {@code response} on {@code transaction}. */
    public void send(ServerTransaction transaction, Response response) throws SipException, InvalidArgumentException {
        transaction.sendResponse(response);
    }

    /** Answers the transaction's request with a bare response of {@code status}. */
    public void answer(ServerTransaction transaction, int status)
            throws ParseException, SipException, InvalidArgumentException {
        send(transaction, create(transaction.getRequest(), status));
    }

    /** Answers the transaction's request with {@code status} and a reason phrase of the edge's own. */
    public void answer(ServerTransaction transaction, int status, String reason)
            throws ParseException, SipException, InvalidArgumentException {
        var response = create(transaction.getRequest(), status);
        response.setReasonPhrase(reason);
        send(transaction, response);
    }
}
