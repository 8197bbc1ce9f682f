package org.parley.sip;

import javax.sip.message.Response;

import org.parley.error.ParleyException;

/** The SIP status that answers each domain error (RFC 3261 section 21). */
public final class SipErrors {

    private SipErrors() {
    }

    public static int status(ParleyException e) {
        if (e instanceof ParleyException.NotFound) {
            return Response.NOT_FOUND;
        } else if (e instanceof ParleyException.Invalid) {
            return Response.BAD_REQUEST;
        } else if (e instanceof ParleyException.Unavailable) {
            return Response.SERVICE_UNAVAILABLE;
        } else if (e instanceof ParleyException.Conflict c) {
            return "recipient-dnd".equals(c.kind()) ? Response.BUSY_HERE : Response.FORBIDDEN;
        } else if (e instanceof ParleyException.Limited l) {
            return switch (l.limit()) {
                case SIZE -> Response.REQUEST_ENTITY_TOO_LARGE;
                case TYPE -> Response.UNSUPPORTED_MEDIA_TYPE;
                case RATE -> Response.SERVICE_UNAVAILABLE;
            };
        }
        return Response.FORBIDDEN;
    }

    /** A short reason phrase for the error, without line breaks, at most 100 characters. */
    public static String reason(ParleyException e) {
        var text = e.getMessage() == null ? e.title() : e.getMessage();
        text = text.replaceAll("[\\r\\n\\p{Cntrl}]", " ").strip();
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
