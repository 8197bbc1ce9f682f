package org.parley.sip.presence;

import java.time.Instant;
import javax.sip.message.Request;

import org.parley.sip.subscription.EventSubscription;

/**
 * One presence subscription: a watcher's dialog with a presentity, and the last document sent to
 * it (volatile; NOTIFYs of one subscription are sent under its lock).
 */
final class Subscription extends EventSubscription {

    private volatile String lastDocument = "";

    Subscription(String watcher, String presentity, Request subscribe, Instant expires) {
        super(watcher, presentity, subscribe, expires);
    }

    /** Whether {@code document} differs from the last one sent; remembers it if so. */
    boolean changedTo(String document) {
        if (document.equals(lastDocument)) {
            return false;
        }
        lastDocument = document;
        return true;
    }
}
