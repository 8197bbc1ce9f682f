package org.parley.sip;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where and how the SIP edge listens, and over which transport it reaches the trunk.
 *
 * @param host           address to bind, e.g. {@code 127.0.0.1}
 * @param port           port of UDP and TCP, 1 to 65535
 * @param transports     lower-case transport names, a non-empty subset of {@link #SUPPORTED_TRANSPORTS};
 *                       kept sorted and unmodifiable
 * @param stackName      JAIN-SIP stack name, unique within the JVM
 * @param tlsPort        port of TLS (a TCP socket too, so not {@code port}); read only with tls
 * @param tls            the keystore and truststore; required with tls, null without
 * @param trunkTransport the transport of requests to the trunk ({@code parley.sip.trunk.transport}),
 *                       one of the {@code transports}
 */
public record SipEdgeConfig(String host, int port, Set<String> transports, String stackName, int tlsPort,
        SipTls tls, String trunkTransport) {

    /** Transports this edge can listen on. */
    public static final Set<String> SUPPORTED_TRANSPORTS = Set.of("udp", "tcp", "tls");
    /** Host bound when none is configured. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The transport of the trunk when none is configured: today's, UDP. */
    public static final String DEFAULT_TRUNK_TRANSPORT = "udp";
    /** TLS port when none is configured (RFC 3261 section 19.1.2). */
    public static final int DEFAULT_TLS_PORT = 5061;
    /** Highest valid port number. */
    private static final int MAX_PORT = 65_535;

    public SipEdgeConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SIP host must not be blank");
        }
        checkPort("SIP port", port);
        transports = checkTransports(transports);
        if (stackName == null || stackName.isBlank()) {
            throw new IllegalArgumentException("SIP stack name must not be blank");
        }
        host = host.strip();
        if (transports.contains("tls")) {
            checkPort("SIP TLS port (parley.sip.tlsPort)", tlsPort);
            if (tlsPort == port) {
                throw new IllegalArgumentException("parley.sip.tlsPort must differ from parley.sip.port (" + port
                        + "): TLS and TCP cannot share a port");
            }
            if (tls == null) {
                throw new IllegalArgumentException("the tls transport needs parley.sip.tls.keyStore and parley.sip.tls.trustStore");
            }
        }
        trunkTransport = checkTrunkTransport(trunkTransport, transports);
    }

    /** An edge on UDP and/or TCP only that reaches the trunk over UDP (or the first transport it has). */
    public SipEdgeConfig(String host, int port, Set<String> transports, String stackName) {
        this(host, port, transports, stackName, DEFAULT_TLS_PORT, null,
                transports != null && !transports.isEmpty() && !transports.contains(DEFAULT_TRUNK_TRANSPORT)
                        ? new TreeSet<>(transports).first() : DEFAULT_TRUNK_TRANSPORT);
    }

    private static void checkPort(String what, int port) {
        if (port < 1 || port > MAX_PORT) {
            throw new IllegalArgumentException(what + " must be from 1 to " + MAX_PORT + ", got " + port);
        }
    }

    private static String checkTrunkTransport(String transport, Set<String> listening) {
        var name = Objects.requireNonNullElse(transport, "").strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            name = DEFAULT_TRUNK_TRANSPORT;
        }
        if (!SUPPORTED_TRANSPORTS.contains(name)) {
            throw new IllegalArgumentException("parley.sip.trunk.transport must be one of "
                    + new TreeSet<>(SUPPORTED_TRANSPORTS) + ", got '" + transport + "'");
        }
        if (!listening.contains(name)) {
            throw new IllegalArgumentException("parley.sip.trunk.transport is " + name
                    + " but parley.sip.transports " + listening + " does not listen on it");
        }
        return name;
    }

    /** Parses a port number, e.g. {@code "5060"}, with a message that says what is wrong. */
    public static int parsePort(String text) {
        return parsePort("SIP port", text);
    }

    /** Parses a port number for {@code what}, e.g. {@code "parley.sip.tlsPort"}. */
    public static int parsePort(String what, String text) {
        try {
            return Integer.parseInt(Objects.requireNonNullElse(text, "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number from 1 to " + MAX_PORT + ", got '" + text + "'", e);
        }
    }

    /** The port a transport listens on: {@link #tlsPort()} for tls, {@link #port()} for the others. */
    public int portOf(String transport) {
        return "tls".equals(transport) ? tlsPort : port;
    }

    /** Parses a comma-separated transport list, e.g. {@code "udp,tcp"}, ignoring case and blanks. */
    public static Set<String> parseTransports(String csv) {
        return Arrays.stream(Objects.requireNonNullElse(csv, "").split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> checkTransports(Set<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new IllegalArgumentException("SIP transports must name at least one of " + SUPPORTED_TRANSPORTS);
        }
        var unknown = new TreeSet<>(requested);
        unknown.removeAll(SUPPORTED_TRANSPORTS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown SIP transport " + unknown
                    + "; supported transports are " + new TreeSet<>(SUPPORTED_TRANSPORTS));
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(requested));
    }
}
