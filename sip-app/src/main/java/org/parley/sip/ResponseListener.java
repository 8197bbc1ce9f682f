package org.parley.sip;

import javax.sip.ResponseEvent;

/**
 * The application data of a client transaction that wants every response, provisional ones
 * included (a proxy branch), rather than only the final status ({@link FinalResponseCallback}).
 */
public interface ResponseListener {

    /** A response of the transaction. */
    void onResponse(ResponseEvent event);

    /** The transaction timed out without a final response. */
    void onTimeout();
}
