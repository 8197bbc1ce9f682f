package org.parley.sip.internal;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.TransactionState;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sip.CancelListener;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;

/**
 * Answers CANCEL as RFC 3261 section 9.2 says: 481 when no transaction matches; otherwise 200, and
 * 487 on the cancelled INVITE if it has no final response yet. The stack itself answers a CANCEL
 * that comes after the final response, so only those two cases arrive here. A cancelled INVITE
 * whose transaction carries a {@link CancelListener} (a proxied call) is told afterwards.
 */
final class CancelHandler implements SipRequestHandler {

    @Override
    public String method() {
        return Request.CANCEL;
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var stack = (SIPTransactionStack) ((SipProvider) event.getSource()).getSipStack();
        var cancelled = stack.findCancelTransaction((SIPRequest) event.getRequest(), true);
        if (!(cancelled instanceof ServerTransaction invite)) {
            responder.answer(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        responder.answer(transaction, Response.OK);
        var state = invite.getState();
        if (state == TransactionState.TRYING || state == TransactionState.PROCEEDING) {
            responder.answer(invite, Response.REQUEST_TERMINATED);
            if (invite.getApplicationData() instanceof CancelListener listener) {
                listener.cancelled();
            }
        }
    }
}
