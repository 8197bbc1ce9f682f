package org.parley.sip.presence;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One presence subscription: a watcher's dialog with a presentity. The dialog identifiers are
 * fixed; expiry, the NOTIFY sequence and the last document sent change, each thread-safely
 * (volatile fields, an atomic counter); NOTIFYs of one subscription are sent under its lock.
 */
final class Subscription {

    final String watcher;
    final String presentity;
    final String callId;
    final String localTag;
    final String remoteTag;
    final String watcherAddress;
    final String remoteTarget;
    final String transport;
    final String eventId;
    private final AtomicLong cseq = new AtomicLong();
    private volatile Instant expires;
    private volatile String lastDocument = "";

    Subscription(String watcher, String presentity, String callId, String localTag, String remoteTag,
            String watcherAddress, String remoteTarget, String transport, String eventId, Instant expires) {
        this.watcher = watcher;
        this.presentity = presentity;
        this.callId = callId;
        this.localTag = localTag;
        this.remoteTag = remoteTag;
        this.watcherAddress = watcherAddress;
        this.remoteTarget = remoteTarget;
        this.transport = transport;
        this.eventId = eventId;
        this.expires = expires;
    }

    static String key(String callId, String localTag) {
        return callId + "\n" + localTag;
    }

    String key() {
        return key(callId, localTag);
    }

    long nextCseq() {
        return cseq.incrementAndGet();
    }

    Instant expires() {
        return expires;
    }

    void expires(Instant when) {
        expires = when;
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
