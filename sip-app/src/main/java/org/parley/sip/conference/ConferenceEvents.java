package org.parley.sip.conference;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.SipOutbound;
import org.parley.telephony.ConferenceView;

/**
 * The subscriptions to the conference event package (RFC 4575) held by this edge and their
 * NOTIFYs: a full document with the subscription's next version at every change, and a last one
 * ({@code terminated;reason=noresource}) when the conference ends. A NOTIFY answered 481 or not at
 * all ends its subscription. Soft state; thread-safe: a concurrent map, and each subscription's
 * NOTIFYs are numbered and sent under its lock.
 */
final class ConferenceEvents {

    private static final Logger LOG = Logger.getLogger(ConferenceEvents.class.getName());
    static final String PACKAGE = "conference";

    private final SipOutbound outbound;
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();

    /** One subscription: the dialog's fixed identifiers, its expiry, its CSeq and document version. */
    static final class Watch {
        final String watcher;
        final String conference;
        final String callId;
        final String localTag;
        final String remoteTag;
        final String remoteAddress;
        final String remoteTarget;
        final String transport;
        private final AtomicLong cseq = new AtomicLong();
        private long version;
        private volatile Instant expires;

        Watch(String watcher, String conference, String callId, String localTag, String remoteTag, String remoteAddress,
                String remoteTarget, String transport, Instant expires) {
            this.watcher = watcher;
            this.conference = conference;
            this.callId = callId;
            this.localTag = localTag;
            this.remoteTag = remoteTag;
            this.remoteAddress = remoteAddress;
            this.remoteTarget = remoteTarget;
            this.transport = transport;
            this.expires = expires;
        }

        String key() {
            return callId + "\n" + localTag;
        }

        void expires(Instant when) {
            expires = when;
        }
    }

    ConferenceEvents(SipOutbound outbound) {
        this.outbound = outbound;
    }

    void add(Watch w) {
        watches.put(w.key(), w);
    }

    java.util.Optional<Watch> find(String callId, String localTag) {
        return java.util.Optional.ofNullable(watches.get(callId + "\n" + localTag));
    }

    void remove(Watch w) {
        watches.remove(w.key());
    }

    /** Tells every subscriber of the conference; ends their subscriptions when it is over. */
    void changed(ConferenceView view) {
        for (var w : List.copyOf(watches.values())) {
            if (w.conference.equals(view.id())) {
                if (view.ended()) {
                    remove(w);
                    notify(w, view, "terminated;reason=noresource");
                } else {
                    notify(w, view, null);
                }
            }
        }
    }

    /** Ends the subscriptions that expired, each with a last NOTIFY. */
    void expire(Instant now, java.util.function.Function<String, java.util.Optional<ConferenceView>> states) {
        for (var w : List.copyOf(watches.values())) {
            if (!w.expires.isAfter(now)) {
                remove(w);
                states.apply(w.conference).ifPresent(v -> notify(w, v, "terminated;reason=timeout"));
            }
        }
    }

    /** Sends the conference's state to one subscriber ({@code state} null: active with the time left). */
    void notify(Watch w, ConferenceView view, String state) {
        synchronized (w) {
            try {
                var a = outbound.addresses();
                var request = outbound.request(Request.NOTIFY, a.createURI(w.remoteTarget),
                        outbound.addressOf(ConferenceFocus.userPart(w.conference)), w.localTag,
                        a.createAddress(w.remoteAddress), w.remoteTag, w.callId, w.cseq.incrementAndGet(), w.transport);
                var h = outbound.headers();
                request.addHeader(h.createEventHeader(PACKAGE));
                long left = Math.max(0, w.expires.getEpochSecond() - Instant.now().getEpochSecond());
                request.addHeader(h.createSubscriptionStateHeader(state != null ? state : "active;expires=" + left));
                var document = ConferenceInfo.document(view, ++w.version, this::uriOf);
                request.setContent(document, h.createContentTypeHeader(ConferenceInfo.TYPE, ConferenceInfo.SUBTYPE));
                outbound.send(request, status -> {
                    if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST || status == Response.REQUEST_TIMEOUT) {
                        remove(w);
                    }
                });
            } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
                LOG.log(Level.FINE, "Conference NOTIFY to {0} not sent: {1}", new Object[] {w.watcher, e.toString()});
            }
        }
    }

    private String uriOf(String user) {
        try {
            return outbound.addressOf(user).getURI().toString();
        } catch (ParseException e) {
            return "sip:" + user;
        }
    }
}
