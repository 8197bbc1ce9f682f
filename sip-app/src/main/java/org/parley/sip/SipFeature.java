package org.parley.sip;

import java.util.List;

/**
 * One feature of the SIP edge (registrar, presence, messages), found by the edge's lifecycle as a
 * CDI bean: it contributes request handlers and may originate requests through the outbound
 * sender. Implementations are thread-safe.
 */
public interface SipFeature {

    /** The handlers of this feature's methods, built once when the edge starts. */
    List<SipRequestHandler> handlers(SipOutbound outbound);

    /** The edge listens: start pushing (register listeners). */
    default void started() {
    }

    /** The edge is stopping: stop pushing, forget soft state. */
    default void stopped() {
    }

    /** A periodic chance to drop expired soft state. */
    default void sweep() {
    }
}
