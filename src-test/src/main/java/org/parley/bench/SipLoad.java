package org.parley.bench;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.AddressFactory;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.parley.sip.internal.StackProperties;
import org.parley.sip.internal.StackShutdown;

/**
 * SIP load program: digest-authenticated REGISTER, SUBSCRIBE (fetch: 200 then one NOTIFY) and
 * MESSAGE against a running Parley server, from one JAIN-SIP stack on UDP with a fixed window of
 * requests in flight. Every request carries a digest answer to the nonce its user was challenged
 * with first (as phones do), so each one is verified against the stored HA1. Bounded: a request
 * count and a time limit per phase. Prints rate, latency percentiles and failures.
 * Arguments: --sipPort=5060 --port=9080 --users=200 --window=64 --registers=20000
 * --subscribes=5000 --messages=2000 --seconds=30 --ldif=FILE --serverPid=PID (prints the server's CPU
 * time per answered request, from /proc).
 */
public final class SipLoad implements SipListener {

    private static final String HOST = "127.0.0.1";
    private static final String PASSWORD = "bench-sip-secret";

    private final Map<String, String> args;
    private final int sipPort;
    /** The server process, for its CPU time per request (--serverPid; none: not measured). */
    private final ServerProbe server;
    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final javax.sip.SipStack stack;
    private final SipProvider provider;
    private final int port;
    private final Map<String, WWWAuthenticateHeader> challenges = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong nc = new AtomicLong();

    /** One request in flight: when it left, and whether it waits for a NOTIFY after its 200. */
    private record Pending(long sentNanos, boolean awaitsNotify, Phase phase) {
    }

    /** One phase's counters. */
    private static final class Phase {
        final Histogram latency = new Histogram();
        final AtomicInteger failures = new AtomicInteger();
        final Map<Integer, AtomicInteger> failureCodes = new ConcurrentHashMap<>();
        final Semaphore window;

        Phase(int window) {
            this.window = new Semaphore(window);
        }

        void done(long sentNanos) {
            latency.add((System.nanoTime() - sentNanos) / 1000);
            window.release();
        }

        void failed(int code) {
            failures.incrementAndGet();
            failureCodes.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
            window.release();
        }
    }

    private SipLoad(Map<String, String> args) throws Exception {
        this.args = args;
        this.sipPort = Integer.parseInt(args.getOrDefault("sipPort", "5060"));
        long pid = Long.parseLong(args.getOrDefault("serverPid", "0"));
        this.server = pid > 0 ? new ServerProbe(pid) : null;
        var factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        stack = factory.createSipStack(StackProperties.forStack("sip-load-" + UUID.randomUUID()));
        messages = factory.createMessageFactory();
        headers = factory.createHeaderFactory();
        addresses = factory.createAddressFactory();
        try (var probe = new DatagramSocket(0, InetAddress.getByName(HOST))) {
            port = probe.getLocalPort();
        }
        provider = stack.createSipProvider(stack.createListeningPoint(HOST, port, ListeningPoint.UDP));
        provider.addSipListener(this);
        stack.start();
    }

    public static void main(String[] argv) throws Exception {
        var args = new HashMap<String, String>();
        for (var arg : argv) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            args.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        var load = new SipLoad(args);
        try {
            load.run();
        } finally {
            load.close();
        }
    }

    private int number(String name, int otherwise) {
        return Integer.parseInt(args.getOrDefault(name, Integer.toString(otherwise)));
    }

    private void run() throws Exception {
        var users = users(number("users", 200));
        provision(users);
        BenchOutput.out().printf("SipLoad: %d users, window %d, UDP 127.0.0.1:%d -> 127.0.0.1:%d, %d s max per phase%n",
                users.size(), number("window", 64), port, sipPort, number("seconds", 30));
        for (var user : users) {
            var first = request(Request.REGISTER, user, null);
            first.addHeader(headers.createExpiresHeader(3600));
            var answer = blocking(first);
            if (answer.getStatusCode() != Response.UNAUTHORIZED) {
                throw new IllegalStateException("expected a challenge for " + user + ", got " + answer.getStatusCode());
            }
            challenges.put(user, (WWWAuthenticateHeader) answer.getHeader(WWWAuthenticateHeader.NAME));
        }
        phase("REGISTER (digest, refresh 3600 s)", number("registers", 20_000), users, (user, i) -> {
            var r = request(Request.REGISTER, user, null);
            r.addHeader(headers.createExpiresHeader(3600));
            return r;
        }, false);
        phase("SUBSCRIBE presence (digest, fetch: 200 + NOTIFY)", number("subscribes", 5_000), users, (user, i) -> {
            var r = request(Request.SUBSCRIBE, user, users.get((i + 1) % users.size()));
            r.addHeader(headers.createEventHeader("presence"));
            r.addHeader(headers.createExpiresHeader(0));
            return r;
        }, true);
        phase("MESSAGE (digest, stored and delivered as chat)", number("messages", 2_000), users, (user, i) -> {
            var r = request(Request.MESSAGE, user, users.get((i + 1) % users.size()));
            r.setContent("bench message " + i, headers.createContentTypeHeader("text", "plain"));
            return r;
        }, false);
    }

    /** Builds the i-th request of a phase for a user. */
    private interface Builder {
        Request build(String user, int i) throws Exception;
    }

    private void phase(String name, int count, List<String> users, Builder builder, boolean notify) throws Exception {
        var phase = new Phase(number("window", 64));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(number("seconds", 30));
        long start = System.nanoTime();
        long cpuBefore = serverCpuMillis();
        int sent = 0;
        while (sent < count && System.nanoTime() < deadline) {
            if (!phase.window.tryAcquire(1, TimeUnit.SECONDS)) {
                continue;
            }
            var user = users.get(sent % users.size());
            var request = builder.build(user, sent);
            authorize(request, user);
            var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
            pending.put(callId, new Pending(System.nanoTime(), notify, phase));
            provider.getNewClientTransaction(request).sendRequest();
            sent++;
        }
        int window = number("window", 64);
        phase.window.tryAcquire(window, 30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = serverCpuMillis() - cpuBefore;
        int ok = phase.latency.count();
        BenchOutput.out().printf("%-50s sent %6d  ok %6d  failed %d %s  %8.0f/s  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%s%n",
                name, sent, ok, phase.failures.get(), phase.failureCodes, ok / seconds,
                phase.latency.percentileMillis(50), phase.latency.percentileMillis(90),
                phase.latency.percentileMillis(99), phase.latency.percentileMillis(100),
                server == null || ok == 0 ? "" : String.format("  server CPU %.3f ms/request", (double) cpu / ok));
        pending.clear();
    }

    /** The server's CPU time so far (0 without --serverPid). */
    private long serverCpuMillis() throws java.io.IOException {
        return server == null ? 0 : server.cpuMillis();
    }

    private Request request(String method, String user, String to) throws Exception {
        var target = to == null ? "sip:" + HOST + ":" + sipPort : "sip:" + to + "@" + HOST + ":" + sipPort;
        var toUser = to == null ? user : to;
        var request = messages.createRequest(addresses.createURI(target), method, provider.getNewCallId(),
                headers.createCSeqHeader(1L, method),
                headers.createFromHeader(addresses.createAddress("sip:" + user + "@" + HOST), UUID.randomUUID().toString().substring(0, 8)),
                headers.createToHeader(addresses.createAddress("sip:" + toUser + "@" + HOST), null),
                List.of(headers.createViaHeader(HOST, port, ListeningPoint.UDP, null)), headers.createMaxForwardsHeader(70));
        request.addHeader(headers.createContactHeader(addresses.createAddress("sip:" + user + "@" + HOST + ":" + port)));
        return request;
    }

    private void authorize(Request request, String user) throws Exception {
        var challenge = challenges.get(user);
        var uri = request.getRequestURI().toString();
        var count = String.format("%08x", nc.incrementAndGet());
        var cnonce = Long.toHexString(System.nanoTime());
        var alg = challenge.getAlgorithm();
        var ha1 = hex(alg, user + ":" + challenge.getRealm() + ":" + PASSWORD);
        var ha2 = hex(alg, request.getMethod() + ":" + uri);
        var auth = headers.createAuthorizationHeader("Digest");
        auth.setUsername(user);
        auth.setRealm(challenge.getRealm());
        auth.setNonce(challenge.getNonce());
        auth.setURI(addresses.createURI(uri));
        auth.setAlgorithm(alg);
        auth.setQop("auth");
        auth.setParameter("nc", count);
        auth.setCNonce(cnonce);
        auth.setResponse(hex(alg, ha1 + ":" + challenge.getNonce() + ":" + count + ":" + cnonce + ":auth:" + ha2));
        request.addHeader(auth);
    }

    private static String hex(String algorithm, String text) throws Exception {
        var digest = java.security.MessageDigest.getInstance("SHA-256".equals(algorithm) ? "SHA-256" : "MD5");
        return java.util.HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Response blocking(Request request) throws Exception {
        var future = new java.util.concurrent.CompletableFuture<Response>();
        var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        blockingCalls.put(callId, future);
        provider.getNewClientTransaction(request).sendRequest();
        try {
            return future.get(10, TimeUnit.SECONDS);
        } finally {
            blockingCalls.remove(callId);
        }
    }

    private final Map<String, java.util.concurrent.CompletableFuture<Response>> blockingCalls = new ConcurrentHashMap<>();

    private List<String> users(int count) throws Exception {
        var ldif = java.nio.file.Path.of(args.getOrDefault("ldif", "liberty-config/src/main/resources/ldap/parley-demo.ldif"));
        var all = new ArrayList<String>();
        for (var line : Files.readAllLines(ldif)) {
            if (line.startsWith("uid: ")) {
                all.add(line.substring(5).strip());
            }
        }
        return all.subList(0, Math.min(count, all.size()));
    }

    private void provision(List<String> users) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var base = "http://" + HOST + ":" + args.getOrDefault("port", "9080");
        for (var user : users) {
            var basic = Base64.getEncoder().encodeToString((user + ":parley").getBytes(StandardCharsets.UTF_8));
            var put = HttpRequest.newBuilder(URI.create(base + "/api/v1/sip/credentials"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + PASSWORD + "\"}")).build();
            var answer = http.send(put, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("SIP password of " + user + ": " + answer.statusCode() + " " + answer.body());
            }
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        var response = event.getResponse();
        int status = response.getStatusCode();
        if (status < 200) {
            return;
        }
        var callId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
        var waiting = blockingCalls.get(callId);
        if (waiting != null) {
            waiting.complete(response);
            return;
        }
        var p = pending.get(callId);
        if (p == null) {
            return;
        }
        if (status >= 300) {
            pending.remove(callId);
            p.phase().failed(status);
        } else if (!p.awaitsNotify()) {
            pending.remove(callId);
            p.phase().done(p.sentNanos());
        }
    }

    @Override
    public void processRequest(RequestEvent event) {
        var request = event.getRequest();
        try {
            var tx = event.getServerTransaction() != null ? event.getServerTransaction()
                    : provider.getNewServerTransaction(request);
            tx.sendResponse(messages.createResponse(Response.OK, request));
        } catch (Exception e) {
            // a retransmission already answered
        }
        if (Request.NOTIFY.equals(request.getMethod())) {
            var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
            var p = pending.remove(callId);
            if (p != null) {
                p.phase().done(p.sentNanos());
            }
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.getClientTransaction() != null) {
            var callId = ((CallIdHeader) event.getClientTransaction().getRequest().getHeader(CallIdHeader.NAME)).getCallId();
            var p = pending.remove(callId);
            if (p != null) {
                p.phase().failed(408);
            }
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        // UDP
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing kept
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // no dialogs
    }

    private void close() {
        provider.removeSipListener(this);
        StackShutdown.stop(stack);
    }
}
