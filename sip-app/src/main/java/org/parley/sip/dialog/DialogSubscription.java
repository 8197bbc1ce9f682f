package org.parley.sip.dialog;

import java.time.Instant;
import javax.sip.message.Request;

import org.parley.sip.subscription.EventSubscription;

/**
 * One subscription to a user's dialogs: the document version of its last NOTIFY and whether the
 * watcher was shown the user's calls then. Guarded by the subscription's lock, under which its
 * NOTIFYs are built and sent.
 */
final class DialogSubscription extends EventSubscription {

    private long version = -1;
    private boolean shown;

    DialogSubscription(String watcher, String user, Request subscribe, Instant expires) {
        super(watcher, user, subscribe, expires);
    }

    /** The version of the next document: 0 first, then one more each time. */
    long nextVersion() {
        return ++version;
    }

    boolean shown() {
        return shown;
    }

    void shown(boolean now) {
        shown = now;
    }
}
