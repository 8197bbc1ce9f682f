package org.parley.sip.dialog;

import java.time.Instant;
import javax.sip.ServerTransaction;
import javax.sip.header.EventHeader;
import javax.sip.message.Request;

import org.parley.presence.PresenceService;
import org.parley.sip.SelectiveHandler;
import org.parley.sip.SipResponder;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.sip.subscription.EventNotifier;
import org.parley.sip.subscription.EventSubscribeHandler;
import org.parley.sip.subscription.EventSubscriptions;

/**
 * SUBSCRIBE with {@code Event: dialog} to a directory user (RFC 4235), on the steps every event
 * package shares ({@link EventSubscribeHandler}): anyone authenticated may subscribe to anyone;
 * the user's privacy lists decide whether the documents show their calls.
 */
final class DialogSubscribeHandler extends EventSubscribeHandler<DialogSubscription> implements SelectiveHandler {

    static final String PACKAGE = "dialog";

    private final DialogNotifier notifier;

    DialogSubscribeHandler(DigestAuthenticator authenticator, PresenceService users,
            EventSubscriptions<DialogSubscription> subscriptions, EventNotifier events, DialogNotifier notifier) {
        super(authenticator, users, subscriptions, events);
        this.notifier = notifier;
    }

    @Override
    public boolean claims(Request request) {
        var event = (EventHeader) request.getHeader(EventHeader.NAME);
        return event != null && PACKAGE.equalsIgnoreCase(event.getEventType());
    }

    @Override
    protected boolean forThisPackage(ServerTransaction transaction, SipResponder responder) {
        return true; // claimed by its Event header
    }

    @Override
    protected DialogSubscription open(String watcher, String user, Request subscribe, Instant expires) {
        return new DialogSubscription(watcher, user, subscribe, expires);
    }

    @Override
    protected void full(DialogSubscription s) {
        notifier.full(s);
    }

    @Override
    protected void last(DialogSubscription s, String reason) {
        notifier.last(s, reason);
    }
}
