package org.parley.sip.presence;

import java.text.ParseException;
import java.time.Instant;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Request;

import org.parley.presence.PresenceService;
import org.parley.sip.SipResponder;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.sip.subscription.EventNotifier;
import org.parley.sip.subscription.EventSubscribeHandler;
import org.parley.sip.subscription.EventSubscriptions;

/**
 * SUBSCRIBE to the presence of a directory user (RFC 6665, RFC 3856), on the steps every event
 * package shares ({@link EventSubscribeHandler}). Every authenticated user may subscribe to
 * anyone: the presentity's privacy lists decide what each NOTIFY shows, and someone hidden looks
 * exactly like someone offline. Any other event package not claimed elsewhere is answered 489.
 */
final class SubscribeHandler extends EventSubscribeHandler<Subscription> {

    private final PresenceService presence;
    private final Notifier notifier;

    SubscribeHandler(DigestAuthenticator authenticator, PresenceService presence,
            EventSubscriptions<Subscription> subscriptions, EventNotifier events, Notifier notifier) {
        super(authenticator, presence, subscriptions, events);
        this.presence = presence;
        this.notifier = notifier;
    }

    @Override
    protected boolean forThisPackage(ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        return EventPackage.presence(transaction, responder);
    }

    @Override
    protected Subscription open(String watcher, String presentity, Request subscribe, Instant expires) {
        return new Subscription(watcher, presentity, subscribe, expires);
    }

    @Override
    protected void full(Subscription s) {
        notifier.full(s, presence.current(s.watcher, s.resource));
    }

    @Override
    protected void last(Subscription s, String reason) {
        notifier.terminated(s, presence.current(s.watcher, s.resource), reason);
    }
}
