package org.parley.sip.subscription;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.EventHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.parley.sip.SipOutbound;

/**
 * One subscription of a watcher to a resource (a user) in an event package (RFC 6665): the
 * dialog's identifiers, fixed when the SUBSCRIBE made it; the expiry and NOTIFY sequence change,
 * thread-safely (a volatile field, an atomic counter). Event packages extend it with what they
 * remember of their NOTIFYs, guarded by the subscription's lock, under which they send them.
 */
public class EventSubscription {

    public final String watcher;
    public final String resource;
    public final String callId;
    public final String localTag;
    public final String remoteTag;
    public final String watcherAddress;
    public final String remoteTarget;
    public final String transport;
    public final String eventId;
    private final AtomicLong cseq = new AtomicLong();
    private volatile Instant expires;

    /** The subscription the initial {@code subscribe} (with a Contact) makes, with a new local tag. */
    protected EventSubscription(String watcher, String resource, Request subscribe, Instant expires) {
        var from = (FromHeader) subscribe.getHeader(FromHeader.NAME);
        this.watcher = watcher;
        this.resource = resource;
        this.callId = ((CallIdHeader) subscribe.getHeader(CallIdHeader.NAME)).getCallId();
        this.localTag = SipOutbound.newTag();
        this.remoteTag = from.getTag();
        this.watcherAddress = from.getAddress().toString();
        this.remoteTarget = ((ContactHeader) subscribe.getHeader(ContactHeader.NAME)).getAddress().getURI().toString();
        this.transport = ((ViaHeader) subscribe.getHeader(ViaHeader.NAME)).getTransport();
        this.eventId = ((EventHeader) subscribe.getHeader(EventHeader.NAME)).getEventId();
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

    public Instant expires() {
        return expires;
    }

    public void expires(Instant when) {
        expires = when;
    }

    /** The Subscription-State of an active subscription: {@code active;expires=<seconds left>}. */
    public String active() {
        long left = Math.max(0, expires.getEpochSecond() - Instant.now().getEpochSecond());
        return "active;expires=" + left;
    }
}
