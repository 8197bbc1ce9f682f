package org.parley.sip.call;

import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.SipOutbound;
import org.parley.sip.auth.TrunkCredentials;

/**
 * One hop of the proxy: recognises the edge's own Route entries, writes its Record-Route and Via,
 * counts Max-Forwards down, forwards responses that no transaction holds, and answers the trunk's
 * challenges with Parley's credentials. Stateless apart from the outbound sender; thread-safe.
 */
final class ProxyHop {

    private static final Logger LOG = Logger.getLogger(ProxyHop.class.getName());
    private static final int DEFAULT_PORT = 5060;
    private static final int TLS_PORT = 5061;

    private final SipOutbound outbound;
    private final TrunkCredentials trunk;

    ProxyHop(SipOutbound outbound, TrunkCredentials trunk) {
        this.outbound = outbound;
        this.trunk = trunk;
    }

    SipOutbound outbound() {
        return outbound;
    }

    /** Whether the top Route of {@code request} names this edge (its Record-Route came back). */
    boolean ownRoute(Request request) {
        var route = (RouteHeader) request.getHeader(RouteHeader.NAME);
        return route != null && isThisEdge(route.getAddress().getURI());
    }

    private boolean isThisEdge(URI uri) {
        if (!(uri instanceof SipURI sip) || sip.getUser() != null) {
            return false;
        }
        boolean tls = sip.isSecure() || "tls".equalsIgnoreCase(sip.getTransportParam());
        int port = sip.getPort() >= 0 ? sip.getPort() : tls ? TLS_PORT : DEFAULT_PORT;
        return outbound.listeningPoints().stream()
                .anyMatch(point -> point.getIPAddress().equals(sip.getHost()) && point.getPort() == port);
    }

    /** Removes every Route entry of this edge from the top of the route set. */
    void popOwnRoutes(Request request) {
        while (ownRoute(request)) {
            request.removeFirst(RouteHeader.NAME);
        }
    }

    /**
     * Adds the Record-Route that keeps the edge on the path of the dialog to a request for the next
     * hop (its top Via is this edge's): {@code <sip:host:port;lr>} when both sides use UDP or TCP,
     * which share a port. When one side is TLS and the other not, two (RFC 5658 double
     * record-routing): on top the address facing the next hop, below it the one facing the sender
     * ({@code inbound} is the transport the request came in over), so that each side's in-dialog
     * requests reach the edge over their own transport.
     */
    void recordRoute(Request request, String inbound) throws ParseException, SipException {
        var outgoing = ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport();
        boolean inTls = ListeningPoint.TLS.equalsIgnoreCase(inbound);
        boolean outTls = ListeningPoint.TLS.equalsIgnoreCase(outgoing);
        if (inTls != outTls) {
            request.addFirst(recordRouteFor(inTls));
        }
        request.addFirst(recordRouteFor(outTls));
    }

    private RecordRouteHeader recordRouteFor(boolean tls) throws ParseException {
        var point = outbound.provider(tls ? "tls" : "udp").orElseThrow(() -> new ParseException("SIP edge not running", 0))
                .getListeningPoint();
        var uri = outbound.addresses().createSipURI(null, point.getIPAddress());
        uri.setPort(point.getPort());
        if (ListeningPoint.TLS.equalsIgnoreCase(point.getTransport())) {
            uri.setTransportParam("tls");
        }
        uri.setLrParam();
        return outbound.headers().createRecordRouteHeader(outbound.addresses().createAddress(uri));
    }

    /** Whether Max-Forwards allows one more hop; false means 483 Too Many Hops. */
    static boolean mayForward(Request request) {
        var max = (MaxForwardsHeader) request.getHeader(MaxForwardsHeader.NAME);
        return max != null && max.getMaxForwards() > 0;
    }

    /**
     * A copy of {@code original} for the next hop: the Request-URI {@code target} (unless null),
     * Max-Forwards one less, and this edge's Via on top for the transport of the next hop.
     */
    Request copyForNextHop(Request original, URI target) throws ParseException, InvalidArgumentException, SipException {
        var request = (Request) original.clone();
        if (target != null) {
            request.setRequestURI(target);
        }
        ((MaxForwardsHeader) request.getHeader(MaxForwardsHeader.NAME)).decrementMaxForwards();
        var provider = providerTowards(request);
        var point = provider.getListeningPoint();
        request.addFirst(outbound.headers().createViaHeader(point.getIPAddress(), point.getPort(),
                point.getTransport(), gov.nist.javax.sip.Utils.getInstance().generateBranchId()));
        return request;
    }

    /** Whether a response challenges the request it answers (401 or 407). */
    static boolean isChallenge(Response response) {
        int status = response.getStatusCode();
        return status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED;
    }

    /** {@code sent} again with the trunk's credentials for {@code challenge}; empty when it did not go to the trunk. */
    Optional<Request> withCredentials(Request sent, Response challenge) {
        return trunk.answer(sent, challenge, outbound.headers());
    }

    /**
     * A challenge of the trunk that Parley could not answer, as the caller gets it: 403 with the
     * trunk's status in a Reason header (RFC 3326) and no challenge, since it asks for Parley's
     * account, which no phone may answer. Any other response is returned as it is.
     */
    Response forCaller(Request sent, Response challenge) {
        if (!trunk.isTrunk(sent)) {
            return challenge;
        }
        var refused = (Response) challenge.clone();
        try {
            refused.removeHeader(WWWAuthenticateHeader.NAME);
            refused.removeHeader(ProxyAuthenticateHeader.NAME);
            refused.setStatusCode(Response.FORBIDDEN);
            refused.setReasonPhrase("Trunk Refused Parley's Credentials");
            refused.addHeader(outbound.headers().createReasonHeader("SIP", challenge.getStatusCode(),
                    challenge.getReasonPhrase() == null ? "" : challenge.getReasonPhrase()));
        } catch (ParseException | InvalidArgumentException e) {
            LOG.log(Level.FINE, "SIP trunk refusal not built: {0}", e.toString());
        }
        return refused;
    }

    /**
     * The answer to {@code sent} when it could not be sent to its next hop at all: 503 with a
     * Reason (RFC 3326) that says why, e.g. that the trunk's TLS certificate did not verify against
     * the truststore; made as if downstream had answered (with this edge's Via on top, which
     * {@link #upstream} removes). Logged once here, as a warning: it is the operator's to fix.
     */
    Response unreachable(Request sent, Exception why) {
        boolean tls = causedByTls(why);
        var text = tls ? "TLS handshake with the next hop failed (certificate not trusted?)" : "next hop unreachable";
        LOG.log(Level.WARNING, "SIP {0} to {1} not sent, answered 503: {2} ({3})",
                new Object[] {sent.getMethod(), sent.getRequestURI(), text, rootMessage(why)});
        try {
            var response = outbound.messages().createResponse(Response.SERVICE_UNAVAILABLE, sent);
            response.setReasonPhrase(tls ? "Trunk TLS Failed" : "Next Hop Unreachable");
            response.addHeader(outbound.headers().createReasonHeader("SIP", Response.SERVICE_UNAVAILABLE, text));
            return response;
        } catch (ParseException | InvalidArgumentException e) {
            LOG.log(Level.FINE, "SIP 503 not built: {0}", e.toString());
            return null;
        }
    }

    private static boolean causedByTls(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLException || cause instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        var root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    /** The provider of the transport the request's next hop (top Route, else Request-URI) asks for. */
    SipProvider providerTowards(Request request) throws SipException {
        var route = (RouteHeader) request.getHeader(RouteHeader.NAME);
        var next = route != null ? route.getAddress().getURI() : request.getRequestURI();
        return outbound.provider(outbound.transportTowards(next)).orElseThrow(() -> new SipException("SIP edge not running"));
    }

    /** A copy of a response from downstream without this edge's Via, ready to go upstream. */
    static Response upstream(Response response) {
        var copy = (Response) response.clone();
        copy.removeFirst(ViaHeader.NAME);
        return copy;
    }

    /** Forwards a response statelessly to the Via below this edge's; drops it when the top Via is not ours. */
    void forwardStateless(Response response) {
        var top = (ViaHeader) response.getHeader(ViaHeader.NAME);
        if (top == null || !ownVia(top)) {
            LOG.log(Level.FINE, "SIP response {0} not for this proxy dropped", response.getStatusCode());
            return;
        }
        var copy = upstream(response);
        var next = (ViaHeader) copy.getHeader(ViaHeader.NAME);
        if (next == null) {
            return;
        }
        try {
            Optional<SipProvider> provider = outbound.provider(next.getTransport());
            if (provider.isPresent()) {
                provider.get().sendResponse(copy);
            }
        } catch (SipException | RuntimeException e) {
            LOG.log(Level.FINE, "SIP response {0} not forwarded: {1}", new Object[] {response.getStatusCode(), e.toString()});
        }
    }

    private boolean ownVia(ViaHeader via) {
        var point = outbound.provider(via.getTransport()).map(SipProvider::getListeningPoint);
        return point.isPresent() && point.get().getIPAddress().equals(via.getHost())
                && point.get().getPort() == (via.getPort() < 0 ? DEFAULT_PORT : via.getPort());
    }
}
