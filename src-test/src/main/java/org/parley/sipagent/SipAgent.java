package org.parley.sipagent;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.text.ParseException;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.AddressFactory;
import javax.sip.address.URI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.internal.StackProperties;
import org.parley.sip.internal.StackShutdown;

/**
 * A SIP phone on loopback for one user: its own JAIN-SIP stack on a free UDP port, requests to the
 * Parley edge with digest authentication answered automatically (the algorithm it prefers), and
 * the requests the edge sends it (NOTIFY, MESSAGE) queued and answered with a chosen status.
 */
public final class SipAgent implements SipListener, AutoCloseable {

    private static final String HOST = "127.0.0.1";
    /**
     * How long a request waits for its final response: RFC 3261's Timer F (64 × T1 = 32 s), after
     * which a UDP client transaction gives up, so that this phone fails where a real one would and
     * not earlier, when a loaded machine answers slowly (the stack retransmits meanwhile).
     */
    private static final long ANSWER_SECONDS = 32;

    private final String user;
    private final String password;
    private final int edgePort;
    private final SipStack stack;
    private final SipProvider provider;
    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final int port;
    private final String callId = UUID.randomUUID() + "@" + HOST;
    private final AtomicLong cseq = new AtomicLong();
    private final Map<Long, CompletableFuture<Response>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<Response> provisional = new LinkedBlockingQueue<>();
    /** INVITEs this phone is ringing for (answered 180, not yet final), by Call-ID. */
    private final Map<String, Ringing> ringing = new ConcurrentHashMap<>();
    /** The 2xx this phone answered each INVITE with, by Call-ID. */
    private final Map<String, Response> answered = new ConcurrentHashMap<>();
    private volatile String algorithm = "SHA-256";
    private volatile int mediaPort = -1;
    private volatile ToIntFunction<Request> answer = r -> Response.OK;
    private volatile WWWAuthenticateHeader lastChallenge;
    private final AtomicLong nonceCount = new AtomicLong();
    private final Map<Long, CompletableFuture<Response>> cancels = new ConcurrentHashMap<>();

    public SipAgent(String user, String password, int edgePort) throws IOException, SipException {
        this(user, password, edgePort, freePort());
    }

    /** A phone listening on {@code ownPort} (a SIP trunk the edge is configured to send to). */
    public SipAgent(String user, String password, int edgePort, int ownPort) throws IOException, SipException {
        this.user = user;
        this.password = password;
        this.edgePort = edgePort;
        var factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        var props = StackProperties.forStack("agent-" + user + "-" + UUID.randomUUID());
        // Events one at a time through NIST's event scanner, not re-entrant: NIST ties an incoming
        // NOTIFY to the SUBSCRIBE's client transaction while that one lasts (Timer K, 5 s), and in
        // re-entrant mode a second NOTIFY in that time reached the listener only with its
        // retransmission 7.5 s later (measured); through the scanner it arrives at once.
        props.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "false");
        stack = factory.createSipStack(props);
        messages = factory.createMessageFactory();
        headers = factory.createHeaderFactory();
        addresses = factory.createAddressFactory();
        port = ownPort;
        try {
            provider = stack.createSipProvider(stack.createListeningPoint(HOST, port, ListeningPoint.UDP));
            provider.addSipListener(this);
        } catch (InvalidArgumentException | java.util.TooManyListenersException e) {
            throw new SipException("Cannot listen on " + port, e);
        }
        stack.start();
    }

    private static int freePort() throws IOException {
        try (var socket = new DatagramSocket(0, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /** Which digest algorithm to answer with when offered: "SHA-256" or "MD5". */
    public SipAgent preferring(String digestAlgorithm) {
        this.algorithm = digestAlgorithm;
        return this;
    }

    /** The status this phone answers incoming requests with (default 200). */
    public void answerWith(ToIntFunction<Request> status) {
        this.answer = status;
    }

    public String user() {
        return user;
    }

    public int port() {
        return port;
    }

    /** This phone's contact URI. */
    public String contact() {
        return "sip:" + user + "@" + HOST + ":" + port;
    }

    /** REGISTER for {@code expires} seconds. */
    public Response register(int expires) throws Exception {
        var request = request(Request.REGISTER, "sip:" + HOST + ":" + edgePort, user, callId);
        request.addHeader(headers.createExpiresHeader(expires));
        return send(request);
    }

    /** A request of this user to {@code toUser} at the edge, out of dialog, with a new Call-ID. */
    public Request request(String method, String toUser) throws ParseException, InvalidArgumentException {
        return request(method, "sip:" + toUser + "@" + HOST + ":" + edgePort, toUser, UUID.randomUUID() + "@" + HOST);
    }

    private Request request(String method, String target, String toUser, String call)
            throws ParseException, InvalidArgumentException {
        var uri = addresses.createURI(target);
        var from = headers.createFromHeader(addresses.createAddress("sip:" + user + "@" + HOST), tag());
        var to = headers.createToHeader(addresses.createAddress("sip:" + toUser + "@" + HOST), null);
        var via = headers.createViaHeader(HOST, port, ListeningPoint.UDP, null);
        var request = messages.createRequest(uri, method, headers.createCallIdHeader(call),
                headers.createCSeqHeader(cseq.incrementAndGet(), method), from, to, List.of(via),
                headers.createMaxForwardsHeader(70));
        request.addHeader(headers.createContactHeader(addresses.createAddress(contact())));
        return request;
    }

    /** A request in the dialog {@code answer} established for {@code original}: To tag, next CSeq, new branch. */
    public Request followUp(Request original, Response answer) throws ParseException, InvalidArgumentException {
        var next = (Request) original.clone();
        var tag = ((javax.sip.header.ToHeader) answer.getHeader(javax.sip.header.ToHeader.NAME)).getTag();
        ((javax.sip.header.ToHeader) next.getHeader(javax.sip.header.ToHeader.NAME)).setTag(tag);
        ((CSeqHeader) next.getHeader(CSeqHeader.NAME)).setSeqNumber(cseq.incrementAndGet());
        next.removeHeader(javax.sip.header.ViaHeader.NAME);
        next.addHeader(headers.createViaHeader(HOST, port, ListeningPoint.UDP, null));
        next.removeHeader(AuthorizationHeader.NAME);
        return next;
    }

    /** A SUBSCRIBE to {@code toUser}'s presence for {@code expires} seconds. */
    public Request subscribe(String toUser, int expires) throws ParseException, InvalidArgumentException {
        var request = request(Request.SUBSCRIBE, toUser);
        request.addHeader(headers.createEventHeader("presence"));
        request.addHeader(headers.createExpiresHeader(expires));
        request.addHeader(headers.createAcceptHeader("application", "pidf+xml"));
        return request;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sends {@code request}; answers a 401 once with this user's credentials; returns the final response. */
    public Response send(Request request) throws Exception {
        if (lastChallenge != null) {
            authorize(request, lastChallenge, AuthorizationHeader.NAME);
        }
        var response = transact(request);
        if (response.getStatusCode() == Response.UNAUTHORIZED) {
            var challenge = pick(response, WWWAuthenticateHeader.NAME);
            lastChallenge = challenge;
            response = transact(authorized(request, challenge, AuthorizationHeader.NAME));
        }
        return response;
    }

    /**
     * Sends a request that a proxy challenges (INVITE): once without credentials, and when that is
     * answered 407, again with Proxy-Authorization, without waiting for its final response.
     *
     * @return the first final response if it was not 407, else the pending authorized attempt
     */
    public Outgoing start(Request request) throws Exception {
        var first = transact(request);
        if (first.getStatusCode() != Response.PROXY_AUTHENTICATION_REQUIRED) {
            return new Outgoing(request, null, CompletableFuture.completedFuture(first));
        }
        var retry = authorized(request, pick(first, javax.sip.header.ProxyAuthenticateHeader.NAME),
                javax.sip.header.ProxyAuthorizationHeader.NAME);
        var answerFuture = new CompletableFuture<Response>();
        long seq = ((CSeqHeader) retry.getHeader(CSeqHeader.NAME)).getSeqNumber();
        pending.put(seq, answerFuture);
        var transaction = provider.getNewClientTransaction(retry);
        transaction.sendRequest();
        return new Outgoing(retry, transaction, answerFuture.whenComplete((r, e) -> pending.remove(seq)));
    }

    /**
     * A request this phone sent and its final response to come.
     *
     * @param request the request as sent (with credentials)
     * @param transaction its client transaction, null when it was answered before authentication
     * @param answer the final response
     */
    public record Outgoing(Request request, javax.sip.ClientTransaction transaction, CompletableFuture<Response> answer) {

        /** The final response, waiting at most Timer F (32 s). */
        public Response awaitFinal() throws Exception {
            return answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        }
    }

    private Request authorized(Request request, WWWAuthenticateHeader challenge, String headerName)
            throws ParseException, InvalidArgumentException {
        var retry = (Request) request.clone();
        retry.removeHeader(javax.sip.header.ViaHeader.NAME);
        retry.addHeader(headers.createViaHeader(HOST, port, ListeningPoint.UDP, null));
        ((CSeqHeader) retry.getHeader(CSeqHeader.NAME)).setSeqNumber(cseq.incrementAndGet());
        authorize(retry, challenge, headerName);
        return retry;
    }

    /** Sends CANCEL for a pending INVITE (RFC 3261 section 9.1) and returns the CANCEL's final response. */
    public Response cancel(Outgoing invite) throws Exception {
        var cancel = invite.transaction().createCancel();
        var answerFuture = new CompletableFuture<Response>();
        long seq = ((CSeqHeader) cancel.getHeader(CSeqHeader.NAME)).getSeqNumber();
        cancels.put(seq, answerFuture);
        try {
            provider.getNewClientTransaction(cancel).sendRequest();
            return answerFuture.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } finally {
            cancels.remove(seq);
        }
    }

    /** The next provisional response (above 100) to a request of this phone, waiting at most {@code seconds}. */
    public Response awaitProvisional(long seconds) throws InterruptedException, TimeoutException {
        var next = provisional.poll(seconds, TimeUnit.SECONDS);
        if (next == null) {
            throw new TimeoutException("No provisional response for " + user + " within " + seconds + " s");
        }
        return next;
    }

    /** Sends a request outside any transaction (ACK to a 2xx). */
    public void sendStateless(Request request) throws SipException {
        provider.sendRequest(request);
    }

    /** The 2xx this phone answered the INVITE of {@code callId} with, if it did. */
    public Response answerTo(String callId) {
        return answered.get(callId);
    }

    /** The next CSeq number of this phone. */
    public long nextCSeq() {
        return cseq.incrementAndGet();
    }

    /** Sends {@code request} as it is, with no authentication, and returns the final response. */
    public Response transact(Request request) throws Exception {
        var answerFuture = new CompletableFuture<Response>();
        long seq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        pending.put(seq, answerFuture);
        try {
            provider.getNewClientTransaction(request).sendRequest();
            return answerFuture.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } finally {
            pending.remove(seq);
        }
    }

    /** Forgets the nonce so that the next request is challenged again. */
    public void forgetNonce() {
        lastChallenge = null;
    }

    private WWWAuthenticateHeader pick(Response response, String headerName) {
        WWWAuthenticateHeader first = null;
        for (ListIterator<?> it = response.getHeaders(headerName); it.hasNext();) {
            var header = (WWWAuthenticateHeader) it.next();
            if (first == null) {
                first = header;
            }
            if (algorithm.equalsIgnoreCase(header.getAlgorithm())) {
                return header;
            }
        }
        return first;
    }

    private void authorize(Request request, WWWAuthenticateHeader challenge, String headerName) throws ParseException {
        var alg = challenge.getAlgorithm() == null ? "MD5" : challenge.getAlgorithm();
        var uri = request.getRequestURI().toString();
        var nc = String.format("%08x", nonceCount.incrementAndGet());
        var cnonce = tag();
        var header = AuthorizationHeader.NAME.equals(headerName) ? headers.createAuthorizationHeader("Digest")
                : headers.createProxyAuthorizationHeader("Digest");
        header.setUsername(user);
        header.setRealm(challenge.getRealm());
        header.setNonce(challenge.getNonce());
        header.setURI(addresses.createURI(uri));
        header.setAlgorithm(alg);
        header.setQop("auth");
        header.setParameter("nc", nc);
        header.setCNonce(cnonce);
        header.setResponse(Digest.response(alg, user, challenge.getRealm(), password, request.getMethod(), uri,
                challenge.getNonce(), nc, cnonce));
        request.removeHeader(headerName);
        request.addHeader(header);
    }

    /** The next request the edge sent this phone of {@code method}, waiting at most {@code seconds}. */
    public Request await(String method, long seconds) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            var next = received.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new TimeoutException("No " + method + " for " + user + " within " + seconds + " s");
            }
            if (next.getMethod().equals(method)) {
                return next;
            }
        }
    }

    /**
     * One request of each of {@code methods} that the edge sent this phone, in whatever order they
     * arrive (the stack may hand over two datagrams sent back to back in either order); the
     * others received meanwhile are dropped. Waits at most {@code seconds} in all.
     */
    public Map<String, Request> awaitEach(long seconds, String... methods) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var found = new java.util.LinkedHashMap<String, Request>();
        var wanted = java.util.Set.of(methods);
        while (found.size() < wanted.size()) {
            var next = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new TimeoutException("Only " + found.keySet() + " of " + wanted + " for " + user + " within " + seconds + " s");
            }
            if (wanted.contains(next.getMethod())) {
                found.putIfAbsent(next.getMethod(), next);
            }
        }
        return found;
    }

    /** Requests received and not yet taken. */
    public List<Request> drain() {
        var all = new java.util.ArrayList<Request>();
        received.drainTo(all);
        return all;
    }

    /** The text of a request's or response's body. */
    public static String body(javax.sip.message.Message message) {
        var raw = message.getRawContent();
        return raw == null ? "" : new String(raw, java.nio.charset.StandardCharsets.UTF_8);
    }

    public MessageFactory messages() {
        return messages;
    }

    public HeaderFactory headers() {
        return headers;
    }

    public AddressFactory addresses() {
        return addresses;
    }

    public URI edge() throws ParseException {
        return addresses.createURI("sip:" + HOST + ":" + edgePort);
    }

    @Override
    public void processRequest(RequestEvent event) {
        var request = event.getRequest();
        received.add(request);
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        try {
            var transaction = event.getServerTransaction() != null ? event.getServerTransaction()
                    : provider.getNewServerTransaction(request);
            var callIdOf = ((javax.sip.header.CallIdHeader) request.getHeader(javax.sip.header.CallIdHeader.NAME)).getCallId();
            if (Request.CANCEL.equals(request.getMethod())) {
                transaction.sendResponse(messages.createResponse(Response.OK, request));
                var invite = ringing.remove(callIdOf);
                if (invite != null) {
                    invite.transaction().sendResponse(invite.response(messages, Response.REQUEST_TERMINATED));
                }
                return;
            }
            int status = answer.applyAsInt(request);
            var response = withTag(messages.createResponse(status, request));
            if (Request.INVITE.equals(request.getMethod())) {
                inviteAnswer(callIdOf, response);
                if (status == Response.RINGING) {
                    ringing.put(callIdOf, new Ringing(transaction, response));
                }
            }
            transaction.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException e) {
            throw new IllegalStateException("Cannot answer " + request.getMethod(), e);
        }
    }

    /** A response to an INVITE: this phone's Contact, and its SDP in a 2xx (remembered as the answer). */
    private void inviteAnswer(String callIdOf, Response response) throws ParseException {
        response.addHeader(headers.createContactHeader(addresses.createAddress(contact())));
        if (response.getStatusCode() / 100 == 2) {
            response.setContent(sdp(), headers.createContentTypeHeader("application", "sdp"));
            answered.put(callIdOf, response);
        }
    }

    /** An INVITE this phone answered 180 and its transaction, waiting for the final answer. */
    private record Ringing(javax.sip.ServerTransaction transaction, Response ringing) {

        /** A final response in the same early dialog (the 180's To tag). */
        Response response(MessageFactory messages, int status) throws ParseException {
            var response = messages.createResponse(status, transaction.getRequest());
            var tag = ((javax.sip.header.ToHeader) ringing.getHeader(javax.sip.header.ToHeader.NAME)).getTag();
            ((javax.sip.header.ToHeader) response.getHeader(javax.sip.header.ToHeader.NAME)).setTag(tag);
            return response;
        }
    }

    /**
     * Gives the final answer to an INVITE this phone is ringing for (the user picks up, or
     * declines): a 2xx carries this phone's SDP.
     */
    public void answerRinging(String callId, int status) throws ParseException, SipException, InvalidArgumentException {
        var invite = ringing.remove(callId);
        if (invite == null) {
            throw new IllegalStateException(user + "'s phone is not ringing for " + callId);
        }
        var response = invite.response(messages, status);
        inviteAnswer(callId, response);
        invite.transaction().sendResponse(response);
    }

    private Response withTag(Response response) {
        var to = (javax.sip.header.ToHeader) response.getHeader(javax.sip.header.ToHeader.NAME);
        if (to.getTag() == null) {
            try {
                to.setTag(tag());
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        }
        return response;
    }

    /** The port this phone's SDP names for its audio (an {@link RtpPhone}'s); by default one nobody listens to. */
    public SipAgent withMedia(int rtpPort) {
        this.mediaPort = rtpPort;
        return this;
    }

    /** A minimal SDP offer or answer of this phone (PCMU audio). */
    public String sdp() {
        int media = mediaPort > 0 ? mediaPort : port + 1;
        return "v=0\r\no=" + user + " 1 1 IN IP4 " + HOST + "\r\ns=-\r\nc=IN IP4 " + HOST + "\r\nt=0 0\r\n"
                + "m=audio " + media + " RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
    }

    @Override
    public void processResponse(ResponseEvent event) {
        var response = event.getResponse();
        var cseqHeader = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (Request.CANCEL.equals(cseqHeader.getMethod())) {
            var waiting = cancels.get(cseqHeader.getSeqNumber());
            if (waiting != null && response.getStatusCode() >= Response.OK) {
                waiting.complete(response);
            }
            return;
        }
        if (response.getStatusCode() > Response.TRYING && response.getStatusCode() < Response.OK) {
            provisional.add(response);
        }
        if (response.getStatusCode() >= Response.OK) {
            long seq = cseqHeader.getSeqNumber();
            var waiting = pending.get(seq);
            if (waiting != null) {
                waiting.complete(response);
            }
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.getClientTransaction() != null) {
            long seq = ((CSeqHeader) event.getClientTransaction().getRequest().getHeader(CSeqHeader.NAME)).getSeqNumber();
            var waiting = pending.get(seq);
            if (waiting != null) {
                waiting.completeExceptionally(new TimeoutException("No answer to " + seq));
            }
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        // UDP: nothing to tell
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing kept per transaction
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // no dialogs
    }

    @Override
    public void close() {
        provider.removeSipListener(this);
        StackShutdown.stop(stack);
    }
}
