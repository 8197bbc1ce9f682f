package org.parley.sip.call;

import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.SipOutbound;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;
import org.parley.sip.auth.TrunkCredentials;
import org.parley.sip.dialog.CallLegs;
import org.parley.sip.dialog.DialogReport;
import org.parley.telephony.CallControl;
import org.parley.telephony.CallRoute;
import org.parley.telephony.ClickToCall;
import org.parley.telephony.ClickToCallService;

/**
 * The click-to-call calls this edge places (RFC 3725 flow I), as the click-to-call service's
 * {@link CallControl}, and the BYE handler for their legs (a phone hanging up). A leg rings the
 * newest device of its party; each leg is reported to the dialog event package as the call of the
 * user whose phone it rings (the caller, even at a number, and the callee). Thread-safe: the
 * calls are in a concurrent map.
 */
final class ThirdPartyCalls implements CallControl, SipRequestHandler {

    private static final Logger LOG = Logger.getLogger(ThirdPartyCalls.class.getName());

    private final SipOutbound outbound;
    private final ClickToCallService service;
    private final TrunkCredentials credentials;
    private final CallLegs legs;
    private final Map<String, ThirdPartyCall> calls = new ConcurrentHashMap<>();

    ThirdPartyCalls(SipOutbound outbound, ClickToCallService service, TrunkCredentials credentials, CallLegs legs) {
        this.outbound = outbound;
        this.service = service;
        this.credentials = credentials;
        this.legs = legs;
    }

    @Override
    public void place(ClickToCall call) {
        try {
            // the caller's phone shows whom it is about to be connected to, the callee's who calls
            var callerLeg = leg(call.first(), outbound.addressOf(call.callee()), call.callee(), call.user());
            var calleeLeg = leg(call.second(), outbound.addressOf(call.user()), call.user(), call.callee());
            var host = outbound.provider("udp").map(p -> p.getListeningPoint().getIPAddress()).orElse("127.0.0.1");
            var placed = new ThirdPartyCall(call.id(), callerLeg, calleeLeg, service, host, c -> calls.remove(c.id()));
            calls.put(call.id(), placed);
            placed.start();
        } catch (ParseException | RuntimeException e) {
            LOG.log(Level.WARNING, "Click-to-call " + call.id() + " not placed", e);
            service.progressed(call.id(), org.parley.telephony.CallState.FAILED, "the call could not be placed");
        }
    }

    /** The leg ringing {@code route}, shown as from {@code local} ({@code from}), reported as {@code user}'s. */
    private Leg leg(CallRoute route, Address local, String from, String user) throws ParseException {
        URI target;
        Address remote;
        if (route instanceof CallRoute.ToDevices devices) {
            target = outbound.addresses().createURI(devices.contacts().get(0));
            remote = outbound.addressOf(devices.callee());
        } else {
            var trunk = (CallRoute.ToTrunk) route;
            target = outbound.addresses().createURI(trunk.requestUri());
            remote = outbound.addresses().createAddress(target);
        }
        return new Leg(outbound, target, local, remote, credentials,
                new DialogReport(legs, CallLegs.Origin.PLACED, from, user));
    }

    @Override
    public void hangUp(String callId) {
        var call = calls.get(callId);
        if (call != null) {
            call.hangUp();
        }
    }

    /** Hangs up every call (the edge stops). */
    void hangUpAll() {
        calls.values().forEach(ThirdPartyCall::hangUp);
    }

    @Override
    public String method() {
        return Request.BYE;
    }

    /** A BYE from one of the phones of a click-to-call: 200, and the other leg ends too; else 481. */
    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var callId = ((CallIdHeader) transaction.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
        var call = calls.values().stream().filter(c -> c.hasLeg(callId)).findFirst();
        if (call.isEmpty()) {
            responder.answer(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        responder.answer(transaction, Response.OK);
        call.get().hungUpBy(callId);
    }
}
