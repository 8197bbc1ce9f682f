package org.parley.sip.presence;

import org.parley.presence.Presence;
import org.parley.sip.subscription.EventNotifier;

/**
 * Sends the NOTIFYs of presence subscriptions (RFC 6665 section 4.2.2) with PIDF documents, through
 * the edge's {@link EventNotifier}. Thread-safe; the NOTIFYs of one subscription are built and
 * sent under its lock, so their CSeq order is their sending order.
 */
final class Notifier {

    private final EventNotifier events;

    Notifier(EventNotifier events) {
        this.events = events;
    }

    /** Sends the presentity's presence if it differs from what the watcher last got. */
    void update(Subscription s, Presence presence) {
        var document = Pidf.document(events.entity(s.resource), presence);
        synchronized (s) {
            if (s.changedTo(document)) {
                events.send(s, document, s.active());
            }
        }
    }

    /** Sends the first NOTIFY of a subscription (or the one that answers a refresh), whatever was sent before. */
    void full(Subscription s, Presence presence) {
        var document = Pidf.document(events.entity(s.resource), presence);
        synchronized (s) {
            s.changedTo(document);
            events.send(s, document, s.active());
        }
    }

    /** Sends the last NOTIFY of a subscription that ended. */
    void terminated(Subscription s, Presence presence, String reason) {
        synchronized (s) {
            events.send(s, Pidf.document(events.entity(s.resource), presence), "terminated;reason=" + reason);
        }
    }
}
