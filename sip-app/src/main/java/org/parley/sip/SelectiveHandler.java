package org.parley.sip;

import javax.sip.message.Request;

/**
 * A request handler that takes only some requests of its method, beside the feature that takes the
 * rest (the conference focus takes the INVITEs to {@code conf-…} URIs, the BYEs of its own dialogs
 * and the SUBSCRIBEs to the {@code conference} event package; the proxy, click-to-call and
 * presence take the others). The dispatcher asks every selective handler of a method before the
 * handler of that method. Implementations are thread-safe and answer {@link #claims} quickly.
 */
public interface SelectiveHandler extends SipRequestHandler {

    /** Whether this handler takes the request. */
    boolean claims(Request request);
}
