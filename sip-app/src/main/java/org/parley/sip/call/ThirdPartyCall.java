package org.parley.sip.call;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.message.Response;

import org.parley.sip.ResponseListener;
import org.parley.telephony.CallState;
import org.parley.telephony.ClickToCallService;

/**
 * One click-to-call as RFC 3725 flow I places it: an INVITE without SDP to the caller's phone; its
 * 2xx carries an offer, which goes in the INVITE to the callee; the callee's 2xx carries the
 * answer: the callee's 2xx is ACKed, and the caller's 2xx is ACKed with that answer. A refusal or
 * failure of the callee ends the caller's leg with BYE. Every change goes to the click-to-call
 * service. Thread safety: every transition is synchronized on this object.
 */
final class ThirdPartyCall {

    private static final Logger LOG = Logger.getLogger(ThirdPartyCall.class.getName());

    private final String id;
    private final Leg caller;
    private final Leg callee;
    private final ClickToCallService service;
    private final Consumer<ThirdPartyCall> onOver;
    private final String hostAddress;
    private CallState state = CallState.RINGING;

    ThirdPartyCall(String id, Leg caller, Leg callee, ClickToCallService service, String hostAddress,
            Consumer<ThirdPartyCall> onOver) {
        this.id = id;
        this.caller = caller;
        this.callee = callee;
        this.service = service;
        this.hostAddress = hostAddress;
        this.onOver = onOver;
    }

    String id() {
        return id;
    }

    /** Whether a SIP Call-ID is one of this call's legs. */
    synchronized boolean hasLeg(String callId) {
        return callId.equals(caller.callId()) || callId.equals(callee.callId());
    }

    synchronized void start() {
        try {
            caller.invite(null, new Answers(true));
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "Click-to-call {0}: caller not rung: {1}", new Object[] {id, e});
            over(CallState.FAILED, "your phone could not be reached");
        }
    }

    private synchronized void callerAnswered(Response ok) throws ParseException, InvalidArgumentException, SipException {
        caller.answered(ok);
        if (state != CallState.RINGING) {
            caller.ack(hold());
            caller.end();
            return;
        }
        move(CallState.CALLING, "");
        try {
            callee.invite(body(ok), new Answers(false));
        } catch (SipException e) {
            // no connection to the callee's next hop, e.g. a trunk whose TLS certificate does not verify
            LOG.log(Level.WARNING, "Click-to-call {0}: callee''s INVITE not sent: {1}", new Object[] {id, e.toString()});
            failed(false, Response.SERVICE_UNAVAILABLE);
        }
    }

    private synchronized void calleeAnswered(Response ok) throws ParseException, InvalidArgumentException, SipException {
        callee.answered(ok);
        callee.ack(null);
        if (state != CallState.CALLING) {
            callee.end();
            return;
        }
        caller.ack(body(ok));
        move(CallState.CONNECTED, "");
    }

    private synchronized void failed(boolean callerLeg, int status) throws ParseException, InvalidArgumentException, SipException {
        if (state.isFinal()) {
            return;
        }
        var refused = status == Response.BUSY_HERE || status == Response.DECLINE || status == Response.BUSY_EVERYWHERE;
        var who = callerLeg ? "your phone" : "the callee";
        if (!callerLeg && caller.isAnswered()) {
            caller.ack(hold());
            caller.end();
        }
        over(refused ? CallState.REFUSED : CallState.FAILED, who + (refused ? " refused the call (" + status + ")"
                : status == Response.REQUEST_TIMEOUT ? " did not answer" : " answered " + status));
    }

    /** A phone hung up (BYE): the other leg is ended too. */
    synchronized void hungUpBy(String callId) {
        var byCaller = callId.equals(caller.callId());
        (byCaller ? caller : callee).hungUpByPhone();
        endQuietly(byCaller ? callee : caller);
        over(CallState.ENDED, byCaller ? "you hung up" : "the callee hung up");
    }

    /** The user hangs up from Parley. */
    synchronized void hangUp() {
        endQuietly(caller);
        endQuietly(callee);
        over(CallState.ENDED, "hung up");
    }

    private void endQuietly(Leg leg) {
        try {
            leg.end();
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "Click-to-call {0}: leg not ended: {1}", new Object[] {id, e.toString()});
        }
    }

    private void move(CallState next, String reason) {
        state = next;
        service.progressed(id, next, reason);
    }

    private void over(CallState end, String reason) {
        if (!state.isFinal()) {
            move(end, reason);
            onOver.accept(this);
        }
    }

    private static String body(Response response) {
        var raw = response.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
    }

    /** An answer that takes no media (RFC 3264 section 6: a rejected stream has port 0), for a leg about to end. */
    private String hold() {
        return "v=0\r\no=parley 0 0 IN IP4 " + hostAddress + "\r\ns=-\r\nc=IN IP4 " + hostAddress
                + "\r\nt=0 0\r\nm=audio 0 RTP/AVP 0\r\n";
    }

    /** Hears the responses to the INVITE of one leg. */
    private final class Answers implements ResponseListener {

        private final boolean callerLeg;

        Answers(boolean callerLeg) {
            this.callerLeg = callerLeg;
        }

        @Override
        public void onResponse(ResponseEvent event) {
            var response = event.getResponse();
            int status = response.getStatusCode();
            try {
                if (status >= Response.OK && status < Response.MULTIPLE_CHOICES) {
                    if (callerLeg) {
                        callerAnswered(response);
                    } else {
                        calleeAnswered(response);
                    }
                } else if (status >= Response.MULTIPLE_CHOICES) {
                    failed(callerLeg, status);
                }
            } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
                LOG.log(Level.FINE, "Click-to-call {0}: {1}", new Object[] {id, e.toString()});
                hangUp();
            }
        }

        @Override
        public void onTimeout() {
            try {
                failed(callerLeg, Response.REQUEST_TIMEOUT);
            } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
                LOG.log(Level.FINE, "Click-to-call {0} timeout: {1}", new Object[] {id, e.toString()});
            }
        }
    }
}
