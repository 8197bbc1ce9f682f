package org.parley.sip.conference;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.SelectiveHandler;
import org.parley.sip.SipResponder;

/** BYE from a participant's phone in a conference dialog: 200, and they have left. Thread-safe. */
final class ByeHandler implements SelectiveHandler {

    private final ConferenceFocus focus;

    ByeHandler(ConferenceFocus focus) {
        this.focus = focus;
    }

    @Override
    public String method() {
        return Request.BYE;
    }

    @Override
    public boolean claims(Request request) {
        return focus.leg(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId()).isPresent();
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        responder.answer(transaction, Response.OK);
        focus.hungUpBy(((CallIdHeader) transaction.getRequest().getHeader(CallIdHeader.NAME)).getCallId());
    }
}
