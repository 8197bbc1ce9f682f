package org.parley.sip.dialog;

import java.util.List;

import org.parley.privacy.PrivacyService;
import org.parley.sip.subscription.EventNotifier;

/**
 * Builds and sends the NOTIFYs of dialog subscriptions: the full state (every call in progress)
 * first and after each refresh or privacy change that shows or hides the user, then a partial
 * document with the one leg that changed; each with the subscription's next version. A watcher
 * the user's privacy lists hide gets full documents without dialogs and no partial ones, so
 * nothing tells them a call happened; the other party's identity is shown only to a watcher that
 * party's lists let see them (a conference is not a person: its URI is shown to whoever sees the
 * leg). Thread-safe: each NOTIFY is built and sent under its subscription's lock.
 */
final class DialogNotifier {

    private final EventNotifier events;
    private final PrivacyService privacy;
    private final CallLegs legs;

    DialogNotifier(EventNotifier events, PrivacyService privacy, CallLegs legs) {
        this.events = events;
        this.privacy = privacy;
        this.legs = legs;
    }

    /** The whole state, after the 200 of a SUBSCRIBE. */
    void full(DialogSubscription s) {
        synchronized (s) {
            sendFull(s, visible(s), s.active());
        }
    }

    /** The last NOTIFY, with the whole state, {@code terminated;reason=<reason>}. */
    void last(DialogSubscription s, String reason) {
        synchronized (s) {
            sendFull(s, visible(s), "terminated;reason=" + reason);
        }
    }

    /** One call of the subscription's user changed. */
    void changed(DialogSubscription s, CallLegs.Call call) {
        synchronized (s) {
            boolean visible = visible(s);
            if (visible != s.shown()) {
                sendFull(s, visible, s.active());
            } else if (visible) {
                var document = DialogInfo.document(events.entity(s.resource), s.nextVersion(), false,
                        List.of(leg(s, call)));
                events.send(s, document, s.active());
            }
        }
    }

    /** The user's privacy lists changed: the full state again if the watcher's view of them changed. */
    void reconsider(DialogSubscription s) {
        synchronized (s) {
            boolean visible = visible(s);
            if (visible != s.shown()) {
                sendFull(s, visible, s.active());
            }
        }
    }

    private void sendFull(DialogSubscription s, boolean visible, String state) {
        s.shown(visible);
        var shown = visible ? legs.of(s.resource).stream().map(c -> leg(s, c)).toList() : List.<DialogLeg>of();
        events.send(s, DialogInfo.document(events.entity(s.resource), s.nextVersion(), true, shown), state);
    }

    private DialogLeg leg(DialogSubscription s, CallLegs.Call call) {
        var other = call.otherThan(s.resource);
        var shown = call.remoteIsConference() || maySee(s.watcher, other);
        return call.legOf(s.resource, events.entity(s.resource), shown ? events.entity(other) : "");
    }

    private boolean visible(DialogSubscription s) {
        return maySee(s.watcher, s.resource);
    }

    private boolean maySee(String watcher, String user) {
        try {
            return watcher.equals(user) || privacy.canSee(watcher, user);
        } catch (RuntimeException e) {
            return false; // not a user (a number on the trunk), or the lists cannot be read: not shown
        }
    }
}
