package org.parley.sip.call;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.SipRequestHandler;
import org.parley.sip.SipResponder;
import org.parley.sip.SipRouting;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.sip.auth.TrunkTrust;
import org.parley.telephony.CallRoute;
import org.parley.telephony.CallService;

/**
 * INVITE from a Parley user's phone (RFC 3261 section 16, stateful proxy): the caller authenticates
 * with Proxy-Authorization (407 otherwise), or is a number calling in from the trunk (a trusted
 * source, {@link TrunkTrust}); the call service decides where the call goes, and the
 * INVITE is forked to every device of the callee, or sent to the trunk for a number, with a
 * Record-Route so that the dialog's requests pass through Parley ({@link DialogRouter}). Also the
 * edge's {@link SipRouting}. Thread-safe: the calls still ringing are in a concurrent set.
 */
final class InviteHandler implements SipRequestHandler, SipRouting {

    private final DigestAuthenticator authenticator;
    private final TrunkTrust trunk;
    private final CallService calls;
    private final ProxyHop hop;
    private final Dialogs dialogs;
    private final DialogRouter router;
    private final Duration ringLimit;
    private final Set<ForkedInvite> ringing = ConcurrentHashMap.newKeySet();

    InviteHandler(DigestAuthenticator authenticator, TrunkTrust trunk, CallService calls, ProxyHop hop,
            Dialogs dialogs, Duration ringLimit) {
        this.authenticator = authenticator;
        this.trunk = trunk;
        this.calls = calls;
        this.hop = hop;
        this.dialogs = dialogs;
        this.router = new DialogRouter(hop, dialogs);
        this.ringLimit = ringLimit;
    }

    @Override
    public String method() {
        return Request.INVITE;
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        var request = transaction.getRequest();
        responder.send(transaction, responder.create(request, Response.TRYING));
        if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
            // an in-dialog INVITE that does not come through our Record-Route: not a dialog we know
            responder.answer(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        if (!ProxyHop.mayForward(request)) {
            responder.answer(transaction, Response.TOO_MANY_HOPS);
            return;
        }
        var target = request.getRequestURI() instanceof SipURI sip ? sip.getUser() : null;
        Optional<String> caller;
        CallRoute route;
        if (trunk.trusts(request)) {
            // from the PBX: no digest; the caller is the number it names, and only users can be reached
            caller = Optional.ofNullable(fromUser(request));
            route = calls.routeFromTrunk(caller.orElse(null), target);
        } else {
            caller = authenticator.proxyCallerOf(transaction, responder);
            if (caller.isEmpty()) {
                return;
            }
            route = calls.route(caller.get(), target);
        }
        if (route instanceof CallRoute.Unreachable refused) {
            refuse(transaction, responder, refused);
            return;
        }
        var outgoing = (Request) request.clone();
        outgoing.removeHeader(ProxyAuthorizationHeader.NAME);
        var parties = new ArrayList<String>(List.of(caller.get()));
        var targets = new ArrayList<String>();
        if (route instanceof CallRoute.ToDevices devices) {
            parties.add(devices.callee());
            targets.addAll(devices.contacts());
        } else if (route instanceof CallRoute.ToTrunk trunk) {
            targets.add(trunk.requestUri());
        }
        var branches = branches(outgoing, targets, ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport());
        var callee = route instanceof CallRoute.ToDevices devices ? devices.callee()
                : ((CallRoute.ToTrunk) route).number();
        var from = (FromHeader) request.getHeader(FromHeader.NAME);
        dialogs.trying(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                caller.orElse(""), from.getTag(), callee);
        var call = new ForkedInvite[1];
        call[0] = new ForkedInvite(transaction, hop, dialogs, parties, () -> ringing.remove(call[0]));
        ringing.add(call[0]);
        call[0].start(branches);
    }

    /** One request per target, each with the Record-Route its transport and the caller's call for. */
    private List<Request> branches(Request outgoing, List<String> targets, String inbound)
            throws ParseException, InvalidArgumentException, SipException {
        var branches = new ArrayList<Request>();
        for (var next : targets) {
            var branch = hop.copyForNextHop(outgoing, hop.outbound().addresses().createURI(next));
            hop.recordRoute(branch, inbound);
            branches.add(branch);
        }
        return branches;
    }

    private static String fromUser(Request request) {
        var from = ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI();
        return from instanceof SipURI sip ? sip.getUser() : null;
    }

    private static void refuse(ServerTransaction transaction, SipResponder responder, CallRoute.Unreachable refused)
            throws ParseException, SipException, InvalidArgumentException {
        int status = switch (refused.why()) {
            case NO_SUCH_USER, NO_TRUNK -> Response.NOT_FOUND;
            case NO_DEVICE -> Response.TEMPORARILY_UNAVAILABLE;
            case DO_NOT_DISTURB -> Response.BUSY_HERE;
            case NUMBER_NOT_ALLOWED -> Response.FORBIDDEN;
        };
        var response = responder.create(transaction.getRequest(), status);
        var text = refused.detail().replaceAll("[\\p{Cntrl}\"\\\\]", " ").strip();
        response.setReasonPhrase(switch (refused.why()) {
            case NO_SUCH_USER -> "No Such User";
            case NO_TRUNK -> "No Route To Number";
            case NO_DEVICE -> "No Phone Registered";
            case DO_NOT_DISTURB -> "Do Not Disturb";
            case NUMBER_NOT_ALLOWED -> "Number Not Allowed";
        });
        response.addHeader(responder.headers().createReasonHeader("SIP", status, text));
        responder.send(transaction, response);
    }

    /** Gives up the calls that rang longer than the limit. */
    void expire(Instant now) {
        for (var call : List.copyOf(ringing)) {
            if (call.started().plus(ringLimit).isBefore(now)) {
                call.ringTimeout();
            }
        }
    }

    @Override
    public boolean routes(Request request) {
        return router.routes(request);
    }

    @Override
    public void routeAck(RequestEvent event) {
        router.routeAck(event);
    }

    @Override
    public void route(RequestEvent event, ServerTransaction transaction)
            throws ParseException, SipException, InvalidArgumentException {
        router.route(transaction);
    }

    @Override
    public void strayResponse(ResponseEvent event) {
        router.strayResponse(event);
    }
}
