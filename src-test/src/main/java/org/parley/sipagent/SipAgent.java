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
    private static final long ANSWER_SECONDS = 10;

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
    private volatile String algorithm = "SHA-256";
    private volatile ToIntFunction<Request> answer = r -> Response.OK;
    private volatile WWWAuthenticateHeader lastChallenge;
    private final AtomicLong nonceCount = new AtomicLong();

    public SipAgent(String user, String password, int edgePort) throws IOException, SipException {
        this.user = user;
        this.password = password;
        this.edgePort = edgePort;
        var factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        var props = StackProperties.forStack("agent-" + user + "-" + UUID.randomUUID());
        stack = factory.createSipStack(props);
        messages = factory.createMessageFactory();
        headers = factory.createHeaderFactory();
        addresses = factory.createAddressFactory();
        port = freePort();
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
            authorize(request, lastChallenge);
        }
        var response = transact(request);
        if (response.getStatusCode() == Response.UNAUTHORIZED) {
            var challenge = pick(response);
            lastChallenge = challenge;
            var retry = (Request) request.clone();
            retry.removeHeader(javax.sip.header.ViaHeader.NAME);
            retry.addHeader(headers.createViaHeader(HOST, port, ListeningPoint.UDP, null));
            ((CSeqHeader) retry.getHeader(CSeqHeader.NAME)).setSeqNumber(cseq.incrementAndGet());
            authorize(retry, challenge);
            response = transact(retry);
        }
        return response;
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

    private WWWAuthenticateHeader pick(Response response) {
        WWWAuthenticateHeader first = null;
        for (ListIterator<?> it = response.getHeaders(WWWAuthenticateHeader.NAME); it.hasNext();) {
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

    private void authorize(Request request, WWWAuthenticateHeader challenge) throws ParseException {
        var alg = challenge.getAlgorithm() == null ? "MD5" : challenge.getAlgorithm();
        var uri = request.getRequestURI().toString();
        var nc = String.format("%08x", nonceCount.incrementAndGet());
        var cnonce = tag();
        var header = headers.createAuthorizationHeader("Digest");
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
        request.removeHeader(AuthorizationHeader.NAME);
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
            var response = messages.createResponse(answer.applyAsInt(request), request);
            var to = (javax.sip.header.ToHeader) response.getHeader(javax.sip.header.ToHeader.NAME);
            if (to.getTag() == null) {
                to.setTag(tag());
            }
            transaction.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException e) {
            throw new IllegalStateException("Cannot answer " + request.getMethod(), e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        var response = event.getResponse();
        if (response.getStatusCode() >= Response.OK) {
            long seq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
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
