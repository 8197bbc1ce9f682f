package org.parley.sip;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.AddressFactory;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sip.internal.StackProperties;
import org.parley.sip.internal.StackShutdown;

/**
 * A real JAIN-SIP user agent client in the test JVM, with its own stack name and port, that sends
 * one request at a time to a SIP edge on loopback and waits (bounded) for the final response.
 */
final class SipTestClient implements SipListener, AutoCloseable {

    private static final long RESPONSE_TIMEOUT_SECONDS = 5;

    private final SipStack stack;
    private final Map<String, SipProvider> providerByTransport = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Response>> pending = new ConcurrentHashMap<>();
    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final int port;

    SipTestClient() throws Exception {
        var factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        port = TestPorts.freeUdpAndTcpPort();
        stack = factory.createSipStack(StackProperties.forStack("parley-test-client-" + UUID.randomUUID()));
        messages = factory.createMessageFactory();
        headers = factory.createHeaderFactory();
        addresses = factory.createAddressFactory();
        for (var transport : List.of(ListeningPoint.UDP, ListeningPoint.TCP)) {
            var provider = stack.createSipProvider(stack.createListeningPoint(TestPorts.LOOPBACK, port, transport));
            provider.addSipListener(this);
            providerByTransport.put(transport, provider);
        }
        stack.start();
    }

    /** Sends {@code method} out of dialog to the edge on {@code edgePort} and returns its final response. */
    Response send(String method, int edgePort, String transport) throws Exception {
        var request = request(method, edgePort, transport);
        var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        var answer = new CompletableFuture<Response>();
        pending.put(callId, answer);
        ClientTransaction transaction = provider(transport).getNewClientTransaction(request);
        transaction.sendRequest();
        try {
            return answer.get(RESPONSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            pending.remove(callId);
        }
    }

    private Request request(String method, int edgePort, String transport) throws Exception {
        var target = addresses.createSipURI("parley", TestPorts.LOOPBACK + ":" + edgePort);
        target.setTransportParam(transport);
        var from = headers.createFromHeader(addresses.createAddress("sip:tester@" + TestPorts.LOOPBACK), "t" + port);
        var to = headers.createToHeader(addresses.createAddress(target), null);
        var via = headers.createViaHeader(TestPorts.LOOPBACK, port, transport, null);
        var callId = provider(transport).getNewCallId();
        var request = messages.createRequest(target, method, callId, headers.createCSeqHeader(1L, method),
                from, to, List.of(via), headers.createMaxForwardsHeader(70));
        var contact = addresses.createSipURI("tester", TestPorts.LOOPBACK + ":" + port);
        contact.setTransportParam(transport);
        request.addHeader(headers.createContactHeader(addresses.createAddress(contact)));
        if (Request.SUBSCRIBE.equals(method)) {
            request.addHeader(headers.createEventHeader("presence"));
        }
        return request;
    }

    private SipProvider provider(String transport) {
        return providerByTransport.get(transport.toUpperCase(Locale.ROOT));
    }

    @Override
    public void processResponse(ResponseEvent event) {
        var response = event.getResponse();
        if (response.getStatusCode() >= Response.OK) {
            var callId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
            var answer = pending.get(callId);
            if (answer != null) {
                answer.complete(response);
            }
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        var callId = event.getClientTransaction().getRequest().getHeader(CallIdHeader.NAME);
        pending.values().forEach(answer -> answer.completeExceptionally(new AssertionError("timeout: " + callId)));
    }

    @Override
    public void processRequest(RequestEvent event) {
        // the edge sends no requests
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        pending.values().forEach(answer -> answer.completeExceptionally(new AssertionError("I/O failure")));
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
        for (var provider : providerByTransport.values()) {
            provider.removeSipListener(this);
        }
        StackShutdown.stop(stack);
    }
}
