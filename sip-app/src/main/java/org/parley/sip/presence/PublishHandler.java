package org.parley.sip.presence;

import java.text.ParseException;
import java.time.Instant;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.SIPIfMatchHeader;
import javax.sip.message.Response;

import org.parley.error.ParleyException;
import org.parley.presence.PresenceService;
import org.parley.presence.StatusUpdate;
import org.parley.sip.SipErrors;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;
import org.parley.sip.SubscriptionExpires;
import org.parley.sip.SipUsers;
import org.parley.sip.auth.DigestAuthenticator;

/**
 * PUBLISH of the presence event package (RFC 3903) by a user's own phone: the PIDF status it
 * publishes becomes the user's Parley status (and reaches every watcher, web and SIP alike).
 * Initial publications carry a body; refreshes name their entity tag in SIP-If-Match.
 */
final class PublishHandler implements SipRequestHandler {

    /** The largest PIDF document accepted. */
    static final int MAX_BODY_BYTES = 16_384;

    private final DigestAuthenticator authenticator;
    private final PresenceService presence;
    private final Publications publications;

    PublishHandler(DigestAuthenticator authenticator, PresenceService presence, Publications publications) {
        this.authenticator = authenticator;
        this.presence = presence;
        this.publications = publications;
    }

    @Override
    public String method() {
        return "PUBLISH";
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        if (!EventPackage.presence(transaction, responder)) {
            return;
        }
        var caller = authenticator.callerOf(transaction, responder, true);
        if (caller.isEmpty()) {
            return;
        }
        var user = caller.get();
        var request = transaction.getRequest();
        if (!SipUsers.of(request.getRequestURI()).filter(user::equals).isPresent()) {
            responder.answer(transaction, Response.FORBIDDEN, "Only Your Own Presence");
            return;
        }
        var expires = SubscriptionExpires.granted(transaction, responder);
        if (expires.isEmpty()) {
            return;
        }
        var ifMatch = (SIPIfMatchHeader) request.getHeader(SIPIfMatchHeader.NAME);
        var previous = ifMatch == null ? null : ifMatch.getETag();
        if (previous != null && publications.find(previous, user).isEmpty()) {
            responder.answer(transaction, Response.CONDITIONAL_REQUEST_FAILED);
            return;
        }
        var body = request.getRawContent();
        boolean hasBody = body != null && body.length > 0;
        if (!hasBody && previous == null) {
            responder.answer(transaction, Response.BAD_REQUEST, "Initial PUBLISH Needs A Body");
            return;
        }
        if (expires.getAsInt() == 0) {
            publications.remove(previous);
            answer(transaction, responder, null, 0);
            return;
        }
        if (hasBody && !apply(transaction, responder, user, body)) {
            return;
        }
        var tag = publications.put(previous, user, Instant.now().plusSeconds(expires.getAsInt()));
        answer(transaction, responder, tag, expires.getAsInt());
    }

    private boolean apply(ServerTransaction transaction, SipResponder responder, String user, byte[] body)
            throws ParseException, SipException, InvalidArgumentException {
        var type = (ContentTypeHeader) transaction.getRequest().getHeader(ContentTypeHeader.NAME);
        if (type == null || !Pidf.CONTENT_TYPE.equalsIgnoreCase(type.getContentType())
                || !Pidf.CONTENT_SUBTYPE.equalsIgnoreCase(type.getContentSubType())) {
            var response = responder.create(transaction.getRequest(), Response.UNSUPPORTED_MEDIA_TYPE);
            response.addHeader(responder.headers().createAcceptHeader(Pidf.CONTENT_TYPE, Pidf.CONTENT_SUBTYPE));
            responder.send(transaction, response);
            return false;
        }
        if (body.length > MAX_BODY_BYTES) {
            responder.answer(transaction, Response.REQUEST_ENTITY_TOO_LARGE);
            return false;
        }
        try {
            var published = Pidf.parse(body);
            presence.update(user, new StatusUpdate(published.availability(), published.note(), null, null));
            return true;
        } catch (IllegalArgumentException e) {
            responder.answer(transaction, Response.BAD_REQUEST, "Malformed PIDF");
        } catch (ParleyException e) {
            responder.answer(transaction, SipErrors.status(e), SipErrors.reason(e));
        }
        return false;
    }

    private static void answer(ServerTransaction transaction, SipResponder responder, String tag, int expires)
            throws ParseException, SipException, InvalidArgumentException {
        var response = responder.create(transaction.getRequest(), Response.OK);
        if (tag != null) {
            response.addHeader(responder.headers().createSIPETagHeader(tag));
        }
        response.addHeader(responder.headers().createExpiresHeader(expires));
        responder.send(transaction, response);
    }
}
