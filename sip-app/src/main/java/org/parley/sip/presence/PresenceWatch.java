package org.parley.sip.presence;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.parley.presence.Presence;
import org.parley.presence.PresenceChange;
import org.parley.presence.PresenceFanout;
import org.parley.presence.PresenceListener;
import org.parley.presence.PresenceService;
import org.parley.privacy.PrivacyService;

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

    private final Subscriptions subscriptions = new Subscriptions();
    private volatile Notifier notifier;

    void start(Notifier active) {
        notifier = active;
        fanout.register(this);
    }

    void stop() {
        fanout.unregister(this);
        notifier = null;
    }

    Subscriptions subscriptions() {
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
            active.update(s, privacy.canSee(s.watcher, s.presentity) ? shown : Presence.hidden(s.presentity));
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
                active.terminated(s, Presence.hidden(s.presentity), "timeout");
            }
        }
    }
}
