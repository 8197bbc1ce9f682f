package org.parley.sip.presence;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.parley.ops.Shutdown;
import org.parley.presence.Presence;
import org.parley.presence.PresenceChange;
import org.parley.presence.PresenceFanout;
import org.parley.presence.PresenceListener;
import org.parley.presence.PresenceService;
import org.parley.privacy.PrivacyService;
import org.parley.sip.subscription.EventSubscriptions;

/**
 * Pushes Parley presence to SIP watchers: every change that reaches this server is sent, as the
 * watcher may see it under the presentity's privacy lists, to each subscription of the
 * presentity; a privacy change re-evaluates what each watcher of the owner sees. Thread-safe.
 */
@ApplicationScoped
public class PresenceWatch implements PresenceListener {

    private static final Logger LOG = Logger.getLogger(PresenceWatch.class.getName());

    @EJB
    PresenceFanout fanout;

    @EJB
    PrivacyService privacy;

    @EJB
    PresenceService presence;

    /** The most subscriptions of one watcher in one event package (presence, dialog). */
    @Inject
    @ConfigProperty(name = "parley.sip.maxSubscriptionsPerWatcher", defaultValue = "100")
    int maxPerWatcher;

    private volatile EventSubscriptions<Subscription> subscriptions;
    private volatile Notifier notifier;

    @PostConstruct
    void init() {
        subscriptions = new EventSubscriptions<>(maxPerWatcher);
    }

    void start(Notifier active) {
        notifier = active;
        fanout.register(this);
    }

    void stop() {
        Shutdown.leave(() -> fanout.unregister(this), LOG, "Leaving the presence fan-out");
        notifier = null;
    }

    EventSubscriptions<Subscription> subscriptions() {
        return subscriptions;
    }

    @Override
    public void onChange(PresenceChange change) {
        var active = notifier;
        if (active == null) {
            return;
        }
        var shown = change.presence();
        for (var s : subscriptions.of(shown.user())) {
            active.update(s, privacy.canSee(s.watcher, s.resource) ? shown : Presence.hidden(s.resource));
        }
    }

    @Override
    public void onPrivacyChange(String owner) {
        var active = notifier;
        if (active == null) {
            return;
        }
        for (var s : subscriptions.of(owner)) {
            try {
                active.update(s, presence.current(s.watcher, owner));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Presence of {0} not re-sent to {1}: {2}", new Object[] {owner, s.watcher, e});
            }
        }
    }

    /** Ends the subscriptions that expired, each with a last NOTIFY (RFC 6665 section 4.2.2). */
    void sweep() {
        var active = notifier;
        for (var s : subscriptions.expire(Instant.now())) {
            if (active != null) {
                active.terminated(s, Presence.hidden(s.resource), "timeout");
            }
        }
    }
}
