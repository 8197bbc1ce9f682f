package org.parley.sip;

/** The SIP edge could not start, e.g. because its port is taken or its host cannot be bound. */
public class SipEdgeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SipEdgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
