package org.parley.sip.dialog;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.ops.Shutdown;
import org.parley.presence.PresenceChange;
import org.parley.presence.PresenceFanout;
import org.parley.presence.PresenceListener;
import org.parley.sip.subscription.EventSubscriptions;

/**
 * Pushes the calls this edge proxies or places to the subscribers of the dialog event package:
 * every change of a call reaches the subscriptions of each party whose phone is on it; a privacy change of a user
 * re-evaluates what each watcher of theirs is shown (as presence does). Thread-safe.
 */
@ApplicationScoped
public class DialogWatch implements PresenceListener {

    private static final Logger LOG = Logger.getLogger(DialogWatch.class.getName());

    @EJB
    PresenceFanout fanout;

    @Inject
    CallLegs legs;

    /** The most subscriptions of one watcher in one event package (presence, dialog). */
    @Inject
    @ConfigProperty(name = "parley.sip.maxSubscriptionsPerWatcher", defaultValue = "100")
    int maxPerWatcher;

    private final CallLegs.Listener onCall = this::changed;
    private volatile EventSubscriptions<DialogSubscription> subscriptions;
    private volatile DialogNotifier notifier;

    @PostConstruct
    void init() {
        subscriptions = new EventSubscriptions<>(maxPerWatcher);
    }

    EventSubscriptions<DialogSubscription> subscriptions() {
        return subscriptions;
    }

    CallLegs legs() {
        return legs;
    }

    void start(DialogNotifier active) {
        notifier = active;
        legs.listen(onCall);
        fanout.register(this);
    }

    void stop() {
        Shutdown.leave(() -> fanout.unregister(this), LOG, "Leaving the presence fan-out");
        legs.unlisten(onCall);
        notifier = null;
    }

    private void changed(CallLegs.Call call) {
        var active = notifier;
        if (active == null) {
            return;
        }
        for (var party : call.parties()) {
            subscriptions.of(party).forEach(s -> active.changed(s, call));
        }
    }

    @Override
    public void onChange(PresenceChange change) {
        // a status change says nothing about calls: the proxy, click-to-call and the focus report those
    }

    @Override
    public void onPrivacyChange(String owner) {
        var active = notifier;
        if (active != null) {
            subscriptions.of(owner).forEach(active::reconsider);
        }
    }

    /** Ends the subscriptions that expired, each with a last NOTIFY (RFC 6665 section 4.2.2). */
    void sweep() {
        var active = notifier;
        for (var s : subscriptions.expire(Instant.now())) {
            if (active != null) {
                active.last(s, "timeout");
            }
        }
    }
}
