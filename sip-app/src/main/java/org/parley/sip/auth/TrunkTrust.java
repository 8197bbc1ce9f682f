package org.parley.sip.auth;

import gov.nist.javax.sip.message.SIPMessage;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sip.message.Request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which peers are the trunk (the PBX or outbound proxy that numbers go to): a request whose
 * packet came from one of them is taken as the trunk's and needs no digest (the trunk has no
 * Parley account). The sources are {@code parley.sip.trunk.trustedSources}, a comma-separated
 * list of {@code host:port} (that socket only) or {@code host} (any port, for a trunk on TCP);
 * left empty, the host and port of {@code parley.sip.trunk.uri}; {@code none} trusts nobody.
 * Hosts are compared as written (IP addresses; no name is resolved). Immutable after the first
 * use; thread-safe.
 */
@ApplicationScoped
public class TrunkTrust {

    private static final Logger LOG = Logger.getLogger(TrunkTrust.class.getName());
    private static final int DEFAULT_PORT = 5060;

    @Inject
    @ConfigProperty(name = "parley.sip.trunk.uri")
    Optional<String> trunkUri;

    @Inject
    @ConfigProperty(name = "parley.sip.trunk.trustedSources")
    Optional<String> trustedSources;

    private volatile List<Source> sources;

    /** One trusted source: a host, and a port or -1 for any. */
    record Source(String host, int port) {

        boolean matches(String fromHost, int fromPort) {
            return host.equalsIgnoreCase(fromHost) && (port < 0 || port == fromPort);
        }
    }

    /** Whether the request's packet came from the trunk. */
    public boolean trusts(Request request) {
        if (!(request instanceof SIPMessage message) || message.getPeerPacketSourceAddress() == null) {
            return false;
        }
        var host = message.getPeerPacketSourceAddress().getHostAddress();
        int port = message.getPeerPacketSourcePort();
        return sources().stream().anyMatch(s -> s.matches(host, port));
    }

    private List<Source> sources() {
        var known = sources;
        if (known == null) {
            known = parse(trustedSources.map(String::strip).orElse(""), trunkUri.map(String::strip).orElse(""));
            sources = known;
            LOG.info(() -> "SIP trunk sources trusted without digest: " + sources);
        }
        return known;
    }

    /** The trusted sources of the configuration: the list, else the trunk URI's host and port. */
    static List<Source> parse(String list, String trunk) {
        if ("none".equalsIgnoreCase(list)) {
            return List.of();
        }
        if (list.isEmpty()) {
            return ofTrunk(trunk).map(List::of).orElse(List.of());
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
        if (trunk.isEmpty()) {
            return Optional.empty();
        }
        // sip:host[:port][;params] parses as an opaque URI: read the authority by hand
        var rest = trunk.toLowerCase(Locale.ROOT).replaceFirst("^sips?:", "");
        rest = rest.substring(rest.indexOf('@') + 1).split("[;?]", 2)[0];
        var uri = URI.create("sip://" + rest);
        return Optional.of(new Source(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort()));
    }
}
