package org.parley.sip.subscription;

import java.text.ParseException;
import java.time.Instant;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.error.ParleyException;
import org.parley.presence.PresenceService;
import org.parley.sip.SipErrors;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;
import org.parley.sip.SipUsers;
import org.parley.sip.SubscriptionExpires;
import org.parley.sip.auth.DigestAuthenticator;

/**
 * SUBSCRIBE to a directory user's state in one event package (RFC 6665), the steps every package
 * of the edge shares: 406 (with Accept) when the package's documents are not acceptable, digest
 * authentication of the watcher (401/403), Expires (423 below the shortest); an initial SUBSCRIBE
 * needs a Contact (400) and a directory user (404), is refused with
 * {@code 403 Too Many Subscriptions} beyond the per-watcher limit, and makes a dialog (200 with
 * our To tag, Expires and Contact) followed by the package's first NOTIFY; a SUBSCRIBE in the
 * dialog refreshes it (the full state again) or, with Expires 0, ends it with a last NOTIFY
 * (481 for an unknown dialog). Expires 0 on an initial SUBSCRIBE is a fetch: 200 and one last
 * NOTIFY, nothing kept. Thread-safe when the package's hooks are.
 *
 * @param <S> the package's subscriptions
 */
public abstract class EventSubscribeHandler<S extends EventSubscription> implements SipRequestHandler {

    private final DigestAuthenticator authenticator;
    private final EventSubscriptions<S> subscriptions;
    private final EventNotifier notifier;
    private final PresenceService users;

    /** {@code users} tells directory users from others (404), as presence does. */
    protected EventSubscribeHandler(DigestAuthenticator authenticator, PresenceService users,
            EventSubscriptions<S> subscriptions, EventNotifier notifier) {
        this.authenticator = authenticator;
        this.users = users;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
    }

    @Override
    public final String method() {
        return Request.SUBSCRIBE;
    }

    /** Whether the request is for this package; answers it (489) otherwise. */
    protected abstract boolean forThisPackage(ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException;

    /** The package's subscription the initial {@code subscribe} makes. */
    protected abstract S open(String watcher, String resource, Request subscribe, Instant expires);

    /** Sends the whole current state (after the 200 of an initial SUBSCRIBE or of a refresh). */
    protected abstract void full(S s);

    /** Sends the last NOTIFY, {@code terminated;reason=<reason>}. */
    protected abstract void last(S s, String reason);

    @Override
    public final void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        if (!forThisPackage(transaction, responder)) {
            return;
        }
        var request = transaction.getRequest();
        if (!notifier.acceptable(request)) {
            var response = responder.create(request, Response.NOT_ACCEPTABLE);
            response.addHeader(notifier.accept());
            responder.send(transaction, response);
            return;
        }
        var watcher = authenticator.callerOf(transaction, responder, true);
        if (watcher.isEmpty()) {
            return;
        }
        var expires = SubscriptionExpires.granted(transaction, responder);
        if (expires.isEmpty()) {
            return;
        }
        var toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
        if (toTag == null) {
            initial(transaction, responder, watcher.get(), expires.getAsInt());
        } else {
            refresh(transaction, responder, watcher.get(), toTag, expires.getAsInt());
        }
    }

    private void initial(ServerTransaction transaction, SipResponder responder, String watcher, int expires)
            throws ParseException, SipException, InvalidArgumentException {
        var request = transaction.getRequest();
        var resource = SipUsers.of(request.getRequestURI());
        if (request.getHeader(ContactHeader.NAME) == null) {
            responder.answer(transaction, Response.BAD_REQUEST, "Missing Contact Header");
            return;
        }
        if (resource.isEmpty()) {
            responder.answer(transaction, Response.NOT_FOUND);
            return;
        }
        try {
            users.current(watcher, resource.get());
        } catch (ParleyException e) {
            responder.answer(transaction, SipErrors.status(e), SipErrors.reason(e));
            return;
        }
        var s = open(watcher, resource.get(), request, Instant.now().plusSeconds(expires));
        if (expires > 0 && !subscriptions.add(s)) {
            responder.answer(transaction, Response.FORBIDDEN, "Too Many Subscriptions");
            return;
        }
        accept(transaction, responder, s, expires);
        if (expires == 0) {
            last(s, "timeout");
        } else {
            full(s);
        }
    }

    private void refresh(ServerTransaction transaction, SipResponder responder, String watcher, String toTag,
            int expires) throws ParseException, SipException, InvalidArgumentException {
        var callId = ((CallIdHeader) transaction.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
        var found = subscriptions.find(callId, toTag).filter(s -> s.watcher.equals(watcher));
        if (found.isEmpty()) {
            responder.answer(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        var s = found.get();
        s.expires(Instant.now().plusSeconds(expires));
        accept(transaction, responder, s, expires);
        if (expires == 0) {
            subscriptions.remove(s);
            last(s, "timeout");
        } else {
            full(s);
        }
    }

    private void accept(ServerTransaction transaction, SipResponder responder, S s, int expires)
            throws ParseException, SipException, InvalidArgumentException {
        var response = responder.create(transaction.getRequest(), Response.OK);
        ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(s.localTag);
        response.addHeader(responder.headers().createExpiresHeader(expires));
        response.addHeader(responder.headers().createContactHeader(notifier.contact(s.resource)));
        responder.send(transaction, response);
    }
}
