package org.parley.sip.conference;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sip.message.Request;

import org.parley.sip.SipOutbound;
import org.parley.sip.subscription.EventNotifier;
import org.parley.sip.subscription.EventSubscription;
import org.parley.sip.subscription.EventSubscriptions;
import org.parley.telephony.ConferenceParticipant;
import org.parley.telephony.ConferenceView;

/**
 * The subscriptions to the conference event package (RFC 4575) held by this edge and their
 * NOTIFYs: the full state first (and after every refresh), then at every change a partial document
 * of the users that changed, with the subscription's next version, and a last one
 * ({@code terminated;reason=noresource}) when the conference ends. A NOTIFY answered 481 or not at
 * all ends its subscription. Each NOTIFY is built from the conference's state when it is sent,
 * under the subscription's lock, so versions never go back in time even when changes race. The
 * subscriptions and their NOTIFYs are the edge's shared ones ({@link EventSubscriptions},
 * {@link EventNotifier}), by the conference's user part ({@code conf-<id>}). Soft state;
 * thread-safe: the shared registry and the per-subscription lock.
 */
final class ConferenceEvents {

    static final String PACKAGE = "conference";

    private final Function<String, Optional<ConferenceView>> states;
    private final EventSubscriptions<Watch> watches;
    private final EventNotifier notifier;

    /** One subscription: the dialog, and the document version and state its last NOTIFY carried. */
    static final class Watch extends EventSubscription {
        final String conference;
        private long version;
        private ConferenceView sent;
        private boolean terminated;

        Watch(String watcher, String conference, Request subscribe, Instant expires) {
            super(watcher, ConferenceFocus.userPart(conference), subscribe, expires);
            this.conference = conference;
        }
    }

    /** {@code states} gives a conference's current state (the service's); a watcher holds at most {@code maxPerWatcher}. */
    ConferenceEvents(SipOutbound outbound, Function<String, Optional<ConferenceView>> states, int maxPerWatcher) {
        this.states = states;
        this.watches = new EventSubscriptions<>(maxPerWatcher);
        this.notifier = new EventNotifier(outbound, watches, PACKAGE, ConferenceInfo.TYPE, ConferenceInfo.SUBTYPE);
    }

    /** Keeps a new subscription, unless its watcher holds the most allowed already. */
    boolean add(Watch w) {
        return watches.add(w);
    }

    Optional<Watch> find(String callId, String localTag) {
        return watches.find(callId, localTag);
    }

    void remove(Watch w) {
        watches.remove(w);
    }

    /** Tells every subscriber of the conference what changed; ends their subscriptions when it is over. */
    void changed(ConferenceView view) {
        for (var w : watches.of(ConferenceFocus.userPart(view.id()))) {
            if (view.ended()) {
                remove(w);
                send(w, view, "terminated;reason=noresource", false);
            } else {
                states.apply(view.id()).ifPresent(now -> send(w, now, null, false));
            }
        }
    }

    /** Ends the subscriptions that expired, each with a last NOTIFY. */
    void expire(Instant now) {
        for (var w : watches.expire(now)) {
            states.apply(w.conference).ifPresent(v -> send(w, v, "terminated;reason=timeout", true));
        }
    }

    /** Sends the conference's full current state to one subscriber (after its SUBSCRIBE), and ends it for a fetch. */
    void full(Watch w, boolean last) {
        var now = states.apply(w.conference);
        if (last || now.isEmpty()) {
            remove(w);
            now.ifPresent(v -> send(w, v, "terminated;reason=timeout", true));
        } else {
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
            var document = ConferenceInfo.document(view, ++w.version, notifier::entity, changed);
            notifier.send(w, document, state != null ? state : w.active());
        }
    }

    private static Set<String> changedUsers(ConferenceView before, ConferenceView after) {
        var was = new HashMap<String, ConferenceParticipant>();
        before.participants().forEach(p -> was.put(p.user(), p));
        var changed = new LinkedHashSet<String>();
        after.participants().stream().filter(p -> !p.equals(was.get(p.user()))).forEach(p -> changed.add(p.user()));
        return changed;
    }
}
