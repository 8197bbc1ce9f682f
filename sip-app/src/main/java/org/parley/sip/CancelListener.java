package org.parley.sip;

/**
 * The application data of an INVITE server transaction that wants to hear that it was cancelled
 * (a proxied call, which then cancels its own branches). The edge has answered the CANCEL 200
 * and the INVITE 487 when it is told.
 */
public interface CancelListener {

    void cancelled();
}
