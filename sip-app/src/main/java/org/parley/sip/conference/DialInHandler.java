package org.parley.sip.conference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.error.ParleyException;
import org.parley.sip.SelectiveHandler;
import org.parley.sip.SipErrors;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipResponder;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.sip.dialog.CallLegs;
import org.parley.telephony.ConferenceService;
import org.parley.telephony.ParticipantState;

/**
 * INVITE to {@code sip:conf-<id>@<edge>}: a phone dials into a conference. The caller
 * authenticates as for a proxied call (407 with the SIP password's digest), the conference service
 * decides whether they may join (404 no such conference, 403 not a participant or on it already),
 * the offer must hold PCMU or PCMA audio (488 otherwise); the 200 answers with the focus's RTP port.
 * A re-INVITE in such a dialog is answered with the same answer. Thread-safe.
 */
final class DialInHandler implements SelectiveHandler {

    static final Pattern CONFERENCE = Pattern.compile("conf-([A-Za-z0-9_-]{1,66})");

    private final DigestAuthenticator authenticator;
    private final ConferenceService service;
    private final ConferenceFocus focus;
    private final Mixer mixer;
    private final SipOutbound outbound;
    private final String mediaHost;

    DialInHandler(DigestAuthenticator authenticator, ConferenceService service, ConferenceFocus focus, Mixer mixer,
            SipOutbound outbound, String mediaHost) {
        this.authenticator = authenticator;
        this.service = service;
        this.focus = focus;
        this.mixer = mixer;
        this.outbound = outbound;
        this.mediaHost = mediaHost;
    }

    /** The conference a Request-URI names, if it is a conference URI. */
    static Optional<String> conferenceOf(javax.sip.address.URI uri) {
        if (uri instanceof SipURI sip && sip.getUser() != null) {
            var m = CONFERENCE.matcher(sip.getUser());
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    @Override
    public String method() {
        return Request.INVITE;
    }

    @Override
    public boolean claims(Request request) {
        return request.getRequestURI() instanceof SipURI sip && sip.getUser() != null && sip.getUser().startsWith("conf-");
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var request = transaction.getRequest();
        responder.send(transaction, responder.create(request, Response.TRYING));
        var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
            reInvite(transaction, responder, callId);
            return;
        }
        var conference = conferenceOf(request.getRequestURI());
        if (conference.isEmpty()) {
            responder.answer(transaction, Response.NOT_FOUND, "No Such Conference");
            return;
        }
        var caller = authenticator.proxyCallerOf(transaction, responder);
        if (caller.isEmpty() || HostRedirect.sent(service, outbound, conference.get(), transaction, responder)) {
            return;
        }
        var raw = request.getRawContent();
        var audio = Sdp.audio(raw == null ? null : new String(raw, StandardCharsets.UTF_8)).filter(a -> a.codec().isPresent());
        if (audio.isEmpty()) {
            responder.answer(transaction, Response.NOT_ACCEPTABLE_HERE, "PCMU or PCMA audio needed");
            return;
        }
        boolean muted;
        try {
            muted = service.admit(conference.get(), caller.get());
        } catch (ParleyException e) {
            responder.answer(transaction, SipErrors.status(e), SipErrors.reason(e));
            return;
        }
        join(transaction, responder, conference.get(), caller.get(), audio.get(), muted);
    }

    private void join(ServerTransaction transaction, SipResponder responder, String conference, String user,
            Sdp.Audio audio, boolean muted) throws ParseException, SipException, InvalidArgumentException {
        var request = transaction.getRequest();
        MediaStream stream;
        try {
            stream = mixer.open(conference, user);
        } catch (IOException e) {
            service.progressed(conference, user, ParticipantState.FAILED, e.getMessage());
            responder.answer(transaction, Response.SERVICE_UNAVAILABLE, "Conference Full");
            return;
        }
        int codec = audio.codec().orElseThrow();
        stream.mute(muted);
        stream.connect(audio.address(), codec);
        var answer = Sdp.answer(mediaHost, stream.localPort(), codec);
        var from = (FromHeader) request.getHeader(FromHeader.NAME);
        var contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        var local = outbound.addressOf(ConferenceFocus.userPart(conference));
        var peer = new DialIn.Peer(from.getAddress(), from.getTag(),
                contact != null ? contact.getAddress().getURI() : from.getAddress().getURI(),
                ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport());
        var leg = new DialIn(outbound, conference, user, ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                local, SipOutbound.newTag(), peer, answer, focus.report(conference, user, CallLegs.Origin.CONFERENCE_IN));
        var ok = responder.create(request, Response.OK);
        ((ToHeader) ok.getHeader(ToHeader.NAME)).setTag(leg.localTag());
        ok.addHeader(responder.headers().createContactHeader(local));
        ok.setContent(answer, responder.headers().createContentTypeHeader("application", "sdp"));
        responder.send(transaction, ok);
        focus.dialledIn(leg);
    }

    private void reInvite(ServerTransaction transaction, SipResponder responder, String callId)
            throws ParseException, SipException, InvalidArgumentException {
        var leg = focus.leg(callId).filter(DialIn.class::isInstance).map(DialIn.class::cast);
        if (leg.isEmpty()) {
            responder.answer(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        var ok = responder.create(transaction.getRequest(), Response.OK);
        ok.addHeader(responder.headers().createContactHeader(outbound.addressOf(ConferenceFocus.userPart(leg.get().conference()))));
        ok.setContent(leg.get().answer(), responder.headers().createContentTypeHeader("application", "sdp"));
        responder.send(transaction, ok);
    }
}
