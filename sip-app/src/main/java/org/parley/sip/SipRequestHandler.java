package org.parley.sip;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;

/**
 * Handles every request of one SIP method, like a servlet's {@code doXxx}. Implementations must be
 * thread-safe: the stack calls them from several threads at once.
 */
public interface SipRequestHandler {

    /** The SIP method handled, upper case, e.g. {@code "OPTIONS"}. */
    String method();

    /**
     * Handles one request; it must send a final response on {@code transaction}. An exception thrown
     * here is logged and answered with 500 if the transaction has not been answered yet.
     */
    void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException;
}
