package org.parley.sip.presence;

import java.text.ParseException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.presence.Presence;
import org.parley.sip.SipOutbound;

/**
 * Sends the NOTIFYs of presence subscriptions (RFC 6665 section 4.2.2). A NOTIFY answered 481 or
 * not answered at all ends its subscription: the watcher is gone. Thread-safe; the NOTIFYs of one
 * subscription are built and sent under its lock, so their CSeq order is their sending order.
 */
final class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    private final SipOutbound outbound;
    private final Subscriptions subscriptions;

    Notifier(SipOutbound outbound, Subscriptions subscriptions) {
        this.outbound = outbound;
        this.subscriptions = subscriptions;
    }

    /** Sends the presentity's presence if it differs from what the watcher last got. */
    void update(Subscription s, Presence presence) {
        var document = Pidf.document(entity(s), presence);
        synchronized (s) {
            if (s.changedTo(document)) {
                send(s, document, active(s));
            }
        }
    }

    /** Sends the first NOTIFY of a subscription (or the one that answers a refresh), whatever was sent before. */
    void full(Subscription s, Presence presence) {
        var document = Pidf.document(entity(s), presence);
        synchronized (s) {
            s.changedTo(document);
            send(s, document, active(s));
        }
    }

    /** Sends the last NOTIFY of a subscription that ended. */
    void terminated(Subscription s, Presence presence, String reason) {
        synchronized (s) {
            send(s, Pidf.document(entity(s), presence), "terminated;reason=" + reason);
        }
    }

    /** The Contact of the presentity's side of a subscription dialog. */
    javax.sip.address.Address contact(String presentity) throws ParseException {
        return outbound.addressOf(presentity);
    }

    private static String active(Subscription s) {
        long left = Math.max(0, s.expires().getEpochSecond() - Instant.now().getEpochSecond());
        return "active;expires=" + left;
    }

    private String entity(Subscription s) {
        try {
            return outbound.addressOf(s.presentity).getURI().toString();
        } catch (ParseException e) {
            return "sip:" + s.presentity;
        }
    }

    private void send(Subscription s, String document, String state) {
        try {
            var a = outbound.addresses();
            var from = outbound.addressOf(s.presentity);
            var request = outbound.request(Request.NOTIFY, a.createURI(s.remoteTarget), from, s.localTag,
                    a.createAddress(s.watcherAddress), s.remoteTag, s.callId, s.nextCseq(), s.transport);
            var h = outbound.headers();
            var event = h.createEventHeader("presence");
            if (s.eventId != null) {
                event.setEventId(s.eventId);
            }
            request.addHeader(event);
            request.addHeader(h.createSubscriptionStateHeader(state));
            request.setContent(document, h.createContentTypeHeader(Pidf.CONTENT_TYPE, Pidf.CONTENT_SUBTYPE));
            outbound.send(request, status -> {
                if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST || status == Response.REQUEST_TIMEOUT) {
                    subscriptions.remove(s);
                    LOG.log(Level.FINE, "Presence subscription of {0} to {1} ended: NOTIFY answered {2}",
                            new Object[] {s.watcher, s.presentity, status});
                }
            });
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "NOTIFY to {0} not sent: {1}", new Object[] {s.watcher, e.toString()});
        }
    }
}
