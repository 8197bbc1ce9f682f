package org.parley.sip;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import javax.sip.address.SipURI;

/**
 * Where the trunk is and how it is reached: the host and port of {@code parley.sip.trunk.uri} and
 * the transport of {@code parley.sip.trunk.transport}. A request whose next hop is this host and
 * port, and names no transport of its own, goes over the trunk's transport. Immutable.
 *
 * @param host      as written in the URI, lower case (no name is resolved)
 * @param port      the URI's port, else 5061 for tls and 5060 for the others
 * @param transport lower-case udp, tcp or tls
 */
public record TrunkHop(String host, int port, String transport) {

    private static final int SIP_PORT = 5060;

    /** The trunk of a URI such as {@code sip:pbx.example.com:5061;lr}; empty when the URI is empty. */
    public static Optional<TrunkHop> of(String trunkUri, String transport) {
        var trunk = trunkUri == null ? "" : trunkUri.strip();
        if (trunk.isEmpty()) {
            return Optional.empty();
        }
        var how = transport == null || transport.isBlank() ? SipEdgeConfig.DEFAULT_TRUNK_TRANSPORT
                : transport.strip().toLowerCase(Locale.ROOT);
        // sip:host[:port][;params] parses as an opaque URI: read the authority by hand
        var rest = trunk.toLowerCase(Locale.ROOT).replaceFirst("^sips?:", "");
        rest = rest.substring(rest.indexOf('@') + 1).split("[;?]", 2)[0];
        var uri = URI.create("sip://" + rest);
        int port = uri.getPort() >= 0 ? uri.getPort() : "tls".equals(how) ? SipEdgeConfig.DEFAULT_TLS_PORT : SIP_PORT;
        return Optional.of(new TrunkHop(uri.getHost(), port, how));
    }

    /** Whether a SIP URI names the trunk's host and port. */
    public boolean isAt(SipURI uri) {
        int uriPort = uri.getPort() < 0 ? (uri.isSecure() || "tls".equalsIgnoreCase(uri.getTransportParam())
                ? SipEdgeConfig.DEFAULT_TLS_PORT : SIP_PORT) : uri.getPort();
        return host.equalsIgnoreCase(uri.getHost()) && port == uriPort;
    }
}
