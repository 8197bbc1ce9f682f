package org.parley.sip.subscription;

import java.text.ParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.header.AcceptHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.SipOutbound;

/**
 * Sends the NOTIFYs of one event package's subscriptions (RFC 6665 section 4.2.2), from the
 * resource's address, with the package's Event header and content type. A NOTIFY answered 481, or
 * not answered at all, ends its subscription: the watcher is gone. Thread-safe; callers send the
 * NOTIFYs of one subscription under its lock, so their CSeq order is their sending order.
 */
public final class EventNotifier {

    private static final Logger LOG = Logger.getLogger(EventNotifier.class.getName());

    private final SipOutbound outbound;
    private final EventSubscriptions<?> subscriptions;
    private final String eventPackage;
    private final String type;
    private final String subtype;

    /** A sender for {@code eventPackage}, whose documents are {@code type/subtype}. */
    public EventNotifier(SipOutbound outbound, EventSubscriptions<?> subscriptions, String eventPackage, String type,
            String subtype) {
        this.outbound = outbound;
        this.subscriptions = subscriptions;
        this.eventPackage = eventPackage;
        this.type = type;
        this.subtype = subtype;
    }

    public String eventPackage() {
        return eventPackage;
    }

    /** Sends {@code document} with {@code state} (Subscription-State); failures are logged, not thrown. */
    public void send(EventSubscription s, String document, String state) {
        try {
            var a = outbound.addresses();
            var request = outbound.request(Request.NOTIFY, a.createURI(s.remoteTarget), outbound.addressOf(s.resource),
                    s.localTag, a.createAddress(s.watcherAddress), s.remoteTag, s.callId, s.nextCseq(), s.transport);
            var h = outbound.headers();
            var event = h.createEventHeader(eventPackage);
            if (s.eventId != null) {
                event.setEventId(s.eventId);
            }
            request.addHeader(event);
            request.addHeader(h.createSubscriptionStateHeader(state));
            request.setContent(document, h.createContentTypeHeader(type, subtype));
            outbound.send(request, status -> {
                if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST || status == Response.REQUEST_TIMEOUT) {
                    subscriptions.remove(s);
                    LOG.log(Level.FINE, "{0} subscription of {1} to {2} ended: NOTIFY answered {3}",
                            new Object[] {eventPackage, s.watcher, s.resource, status});
                }
            });
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "NOTIFY to {0} not sent: {1}", new Object[] {s.watcher, e.toString()});
        }
    }

    /** The Contact of the resource's side of a subscription dialog. */
    public Address contact(String resource) throws ParseException {
        return outbound.addressOf(resource);
    }

    /** The resource's URI, as documents name it. */
    public String entity(String resource) {
        try {
            return outbound.addressOf(resource).getURI().toString();
        } catch (ParseException e) {
            return "sip:" + resource;
        }
    }

    /** Whether the request's Accept headers (none: yes) take this package's documents. */
    public boolean acceptable(Request request) {
        var accepts = request.getHeaders(AcceptHeader.NAME);
        if (!accepts.hasNext()) {
            return true;
        }
        while (accepts.hasNext()) {
            var accept = (AcceptHeader) accepts.next();
            var t = accept.getContentType();
            var sub = accept.getContentSubType();
            if (("*".equals(t) || type.equalsIgnoreCase(t)) && ("*".equals(sub) || subtype.equalsIgnoreCase(sub))) {
                return true;
            }
        }
        return false;
    }

    /** The Accept header of a 406: this package's type. */
    AcceptHeader accept() throws ParseException {
        return outbound.headers().createAcceptHeader(type, subtype);
    }
}
