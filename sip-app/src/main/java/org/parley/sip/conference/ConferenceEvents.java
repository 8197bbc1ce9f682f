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
 * NOTIFYs: the full state first (and after every refresh), then at every change a partial document
 * of the users that changed, with the subscription's next version, and a last one
 * ({@code terminated;reason=noresource}) when the conference ends. A NOTIFY answered 481 or not at
 * all ends its subscription. Each NOTIFY is built from the conference's state when it is sent,
 * under the subscription's lock, so versions never go back in time even when changes race. Soft
 * state; thread-safe: a concurrent map and the per-subscription lock.
 */
final class ConferenceEvents {

    private static final Logger LOG = Logger.getLogger(ConferenceEvents.class.getName());
    static final String PACKAGE = "conference";

    private final SipOutbound outbound;
    private final java.util.function.Function<String, java.util.Optional<ConferenceView>> states;
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
        private ConferenceView sent;
        private boolean terminated;
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

    /** {@code states} gives a conference's current state (the service's). */
    ConferenceEvents(SipOutbound outbound, java.util.function.Function<String, java.util.Optional<ConferenceView>> states) {
        this.outbound = outbound;
        this.states = states;
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

    /** Tells every subscriber of the conference what changed; ends their subscriptions when it is over. */
    void changed(ConferenceView view) {
        for (var w : List.copyOf(watches.values())) {
            if (w.conference.equals(view.id())) {
                if (view.ended()) {
                    remove(w);
                    send(w, view, "terminated;reason=noresource", false);
                } else {
                    states.apply(view.id()).ifPresent(now -> send(w, now, null, false));
                }
            }
        }
    }

    /** Ends the subscriptions that expired, each with a last NOTIFY. */
    void expire(Instant now) {
        for (var w : List.copyOf(watches.values())) {
            if (!w.expires.isAfter(now)) {
                remove(w);
                states.apply(w.conference).ifPresent(v -> send(w, v, "terminated;reason=timeout", true));
            }
        }
    }

    /** Sends the conference's full current state to one subscriber (after its SUBSCRIBE), and ends it for a fetch. */
    void full(Watch w, boolean last) {
        var now = states.apply(w.conference);
        if (last || now.isEmpty()) {
            remove(w);
            now.ifPresent(v -> send(w, v, "terminated;reason=timeout", true));
        } else {
            add(w);
            send(w, now.get(), null, true);
        }
    }

    /** One NOTIFY ({@code state} null: active with the time left): the full state, or what changed since the last. */
    private void send(Watch w, ConferenceView view, String state, boolean full) {
        synchronized (w) {
            var changed = full || w.sent == null ? null : changedUsers(w.sent, view);
            if (w.terminated || changed != null && changed.isEmpty() && state == null) {
                return; // nothing new, or a change that lost the race with the end
            }
            w.sent = view;
            w.terminated = state != null;
            try {
                var a = outbound.addresses();
                var request = outbound.request(Request.NOTIFY, a.createURI(w.remoteTarget),
                        outbound.addressOf(ConferenceFocus.userPart(w.conference)), w.localTag,
                        a.createAddress(w.remoteAddress), w.remoteTag, w.callId, w.cseq.incrementAndGet(), w.transport);
                var h = outbound.headers();
                request.addHeader(h.createEventHeader(PACKAGE));
                long left = Math.max(0, w.expires.getEpochSecond() - Instant.now().getEpochSecond());
                request.addHeader(h.createSubscriptionStateHeader(state != null ? state : "active;expires=" + left));
                var document = ConferenceInfo.document(view, ++w.version, this::uriOf, changed);
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

    private static java.util.Set<String> changedUsers(ConferenceView before, ConferenceView after) {
        var was = new java.util.HashMap<String, org.parley.telephony.ConferenceParticipant>();
        before.participants().forEach(p -> was.put(p.user(), p));
        var changed = new java.util.LinkedHashSet<String>();
        after.participants().stream().filter(p -> !p.equals(was.get(p.user()))).forEach(p -> changed.add(p.user()));
        return changed;
    }

    private String uriOf(String user) {
        try {
            return outbound.addressOf(user).getURI().toString();
        } catch (ParseException e) {
            return "sip:" + user;
        }
    }
}
