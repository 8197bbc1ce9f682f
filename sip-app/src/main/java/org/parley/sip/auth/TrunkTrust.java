package org.parley.sip.auth;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.MessageChannel;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sip.message.Request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.sip.TrunkHop;

/**
 * Which peers are the trunk (the PBX or outbound proxy that numbers go to): a request whose
 * packet came from one of them is taken as the trunk's and needs no digest (the trunk has no
 * Parley account). The sources are {@code parley.sip.trunk.trustedSources}, a comma-separated
 * list of {@code host:port} (that socket only) or {@code host} (any port, for a trunk on TCP);
 * left empty, the host and port of {@code parley.sip.trunk.uri}; {@code none} trusts nobody.
 * A trunk reached over TLS ({@code parley.sip.trunk.transport=tls}) connects to the edge from a
 * port of its own choosing, so there an empty list trusts the trunk URI's host on any port, but
 * only for requests that came in over TLS: a UDP packet from that host is not the trunk's.
 * Hosts are compared as written (IP addresses; no name is resolved). Immutable after the first
 * use; thread-safe.
 */
@ApplicationScoped
public class TrunkTrust {

    private static final Logger LOG = Logger.getLogger(TrunkTrust.class.getName());

    @Inject
    @ConfigProperty(name = "parley.sip.trunk.uri")
    Optional<String> trunkUri;

    @Inject
    @ConfigProperty(name = "parley.sip.trunk.trustedSources")
    Optional<String> trustedSources;

    @Inject
    @ConfigProperty(name = "parley.sip.trunk.transport")
    Optional<String> trunkTransport = Optional.empty();

    private volatile List<Source> sources;

    /** One trusted source: a host, a port or -1 for any, and whether only requests over TLS count. */
    record Source(String host, int port, boolean tlsOnly) {

        Source(String host, int port) {
            this(host, port, false);
        }

        boolean matches(String fromHost, int fromPort) {
            return host.equalsIgnoreCase(fromHost) && (port < 0 || port == fromPort);
        }

        boolean matches(String fromHost, int fromPort, String transport) {
            return matches(fromHost, fromPort) && (!tlsOnly || "tls".equalsIgnoreCase(transport));
        }
    }

    /** Whether the request's packet came from the trunk. */
    public boolean trusts(Request request) {
        if (!(request instanceof SIPMessage message) || message.getPeerPacketSourceAddress() == null) {
            return false;
        }
        var host = message.getPeerPacketSourceAddress().getHostAddress();
        int port = message.getPeerPacketSourcePort();
        var transport = arrivedOver(request);
        return sources().stream().anyMatch(s -> s.matches(host, port, transport));
    }

    /** The transport the request really came over (its connection's, not what its Via claims); null if unknown. */
    private static String arrivedOver(Request request) {
        return request instanceof SIPRequest sip && sip.getMessageChannel() instanceof MessageChannel channel
                ? channel.getTransport() : null;
    }

    private List<Source> sources() {
        var known = sources;
        if (known == null) {
            known = parse(trustedSources.map(String::strip).orElse(""), trunkUri.map(String::strip).orElse(""),
                    trunkTransport.orElse(""));
            sources = known;
            LOG.info(() -> "SIP trunk sources trusted without digest: " + sources);
        }
        return known;
    }

    /** The trusted sources of the configuration: the list, else the trunk URI's host and port. */
    static List<Source> parse(String list, String trunk) {
        return parse(list, trunk, "");
    }

    /** The same for a trunk reached over {@code transport}: over tls, an empty list means its host, any port, TLS only. */
    static List<Source> parse(String list, String trunk, String transport) {
        if ("none".equalsIgnoreCase(list)) {
            return List.of();
        }
        if (list.isEmpty()) {
            return ofTrunk(trunk, transport).map(s -> "tls".equalsIgnoreCase(transport.strip())
                    ? new Source(s.host(), -1, true) : s).map(List::of).orElse(List.of());
        }
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(TrunkTrust::source).toList();
    }

    private static Source source(String entry) {
        int colon = entry.lastIndexOf(':');
        if (colon < 0) {
            return new Source(entry, -1);
        }
        try {
            return new Source(entry.substring(0, colon), Integer.parseInt(entry.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parley.sip.trunk.trustedSources: '" + entry + "' is not host or host:port", e);
        }
    }

    /** The host and port of a trunk URI ({@code sip:host[:port][;params]}, port 5060 when absent); empty when none. */
    static Optional<Source> ofTrunk(String trunk) {
        return ofTrunk(trunk, "");
    }

    /** The same for a trunk reached over {@code transport} (port 5061 when absent for tls). */
    static Optional<Source> ofTrunk(String trunk, String transport) {
        return TrunkHop.of(trunk, transport).map(hop -> new Source(hop.host(), hop.port()));
    }
}
