package org.parley.sip;

import gov.nist.javax.sip.Utils;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;

/**
 * Sends requests that the edge originates (NOTIFY, MESSAGE) on the running stack, each in its own
 * client transaction whose final status (or 408 on a timeout) reaches an optional callback.
 * Thread-safe: the providers are published once through a volatile field when the stack starts.
 */
public final class SipOutbound {

    /** Max-Forwards of every request the edge originates. */
    private static final int MAX_FORWARDS = 70;

    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final Optional<TrunkHop> trunk;
    private volatile Map<String, SipProvider> providers = Map.of();

    /** A sender with no trunk. */
    public SipOutbound() {
        this(Optional.empty());
    }

    /** A sender whose requests to {@code trunk}'s host and port go over the trunk's transport. */
    public SipOutbound(Optional<TrunkHop> trunk) {
        this.trunk = trunk;
        var factory = SipFactory.getInstance();
        try {
            messages = factory.createMessageFactory();
            headers = factory.createHeaderFactory();
            addresses = factory.createAddressFactory();
        } catch (javax.sip.PeerUnavailableException e) {
            throw new IllegalStateException("The NIST SIP factories are on the class path", e);
        }
    }

    /** Called by the edge once its providers listen; keyed by lower-case transport. */
    public void bind(Map<String, SipProvider> byTransport) {
        providers = Map.copyOf(byTransport);
    }

    /** Called when the edge stops. */
    public void unbind() {
        providers = Map.of();
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

    /** The provider of a transport, or of UDP when that one is not served; empty when stopped. */
    public Optional<SipProvider> provider(String transport) {
        var all = providers;
        var wanted = transport == null ? "udp" : transport.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(all.getOrDefault(wanted, all.getOrDefault("udp", all.get("tcp"))));
    }

    /** Every listening point of the running edge; empty when stopped. */
    public List<ListeningPoint> listeningPoints() {
        return providers.values().stream().map(SipProvider::getListeningPoint).toList();
    }

    /**
     * The transport towards a next hop: the one its URI names ({@code transport=} or {@code sips:},
     * which means tls), else the trunk's for the trunk's host and port, else udp.
     */
    public String transportTowards(URI next) {
        if (next instanceof SipURI sip) {
            if (sip.getTransportParam() != null) {
                return sip.getTransportParam().toLowerCase(Locale.ROOT);
            }
            if (sip.isSecure()) {
                return "tls";
            }
            if (trunk.isPresent() && trunk.get().isAt(sip)) {
                return trunk.get().transport();
            }
        }
        return "udp";
    }

    /** The SIP URI of a user at this edge, e.g. {@code sip:bob@127.0.0.1:5060}. */
    public Address addressOf(String user) throws ParseException {
        var point = anyPoint().orElseThrow(() -> new ParseException("SIP edge not running", 0));
        var uri = addresses.createSipURI(user, point.getIPAddress() + ":" + point.getPort());
        return addresses.createAddress(uri);
    }

    private Optional<ListeningPoint> anyPoint() {
        return provider("udp").map(SipProvider::getListeningPoint);
    }

    /** A new request of {@code method} to {@code target} (a device's contact URI), ready for headers and a body. */
    public Request request(String method, URI target, Address from, String fromTag, Address to, String toTag,
            String callId, long cseq, String transport) throws ParseException, InvalidArgumentException {
        var provider = provider(transport).orElseThrow(() -> new ParseException("SIP edge not running", 0));
        var point = provider.getListeningPoint();
        var via = headers.createViaHeader(point.getIPAddress(), point.getPort(), point.getTransport(),
                Utils.getInstance().generateBranchId());
        var fromHeader = headers.createFromHeader(from, fromTag);
        var toHeader = headers.createToHeader(to, toTag);
        var request = messages.createRequest(target, method,
                callId == null ? provider.getNewCallId() : headers.createCallIdHeader(callId),
                headers.createCSeqHeader(cseq, method), fromHeader, toHeader, List.<ViaHeader>of(via),
                headers.createMaxForwardsHeader(MAX_FORWARDS));
        var contactUri = addresses.createSipURI(null, point.getIPAddress() + ":" + point.getPort());
        if (ListeningPoint.TLS.equalsIgnoreCase(point.getTransport())) {
            contactUri.setTransportParam("tls");
        }
        request.addHeader(headers.createContactHeader(addresses.createAddress(contactUri)));
        return request;
    }

    /**
     * Sends {@code request} on the provider of its Via transport; {@code onFinal} hears the final
     * status, or 408 when no answer came.
     */
    public void send(Request request, IntConsumer onFinal) throws SipException {
        var via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        var provider = provider(via.getTransport()).orElseThrow(() -> new SipException("SIP edge not running"));
        var transaction = provider.getNewClientTransaction(request);
        if (onFinal != null) {
            transaction.setApplicationData(new FinalResponseCallback(onFinal));
        }
        transaction.sendRequest();
    }

    /** The transport a device's contact URI asks for: tcp or tls when it says so, else udp. */
    public static String transportOf(String contact) {
        var lower = contact.toLowerCase(Locale.ROOT);
        return lower.contains("transport=tcp") ? "tcp"
                : lower.contains("transport=tls") || lower.startsWith("sips:") ? "tls" : "udp";
    }

    /** A new tag for a From or To header. */
    public static String newTag() {
        return Utils.getInstance().generateTag();
    }
}
