package org.parley.sip;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where and how the SIP edge listens.
 *
 * @param host       address to bind, e.g. {@code 127.0.0.1}
 * @param port       port for every transport, 1 to 65535
 * @param transports lower-case transport names, a non-empty subset of {@link #SUPPORTED_TRANSPORTS};
 *                   kept sorted and unmodifiable
 * @param stackName  JAIN-SIP stack name, unique within the JVM
 */
public record SipEdgeConfig(String host, int port, Set<String> transports, String stackName) {

    /** Transports this edge can listen on. */
    public static final Set<String> SUPPORTED_TRANSPORTS = Set.of("udp", "tcp");
    /** Host bound when none is configured. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Highest valid port number. */
    private static final int MAX_PORT = 65_535;

    public SipEdgeConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SIP host must not be blank");
        }
        if (port < 1 || port > MAX_PORT) {
            throw new IllegalArgumentException("SIP port must be from 1 to " + MAX_PORT + ", got " + port);
        }
        transports = checkTransports(transports);
        if (stackName == null || stackName.isBlank()) {
            throw new IllegalArgumentException("SIP stack name must not be blank");
        }
        host = host.strip();
    }

    /** Parses a port number, e.g. {@code "5060"}, with a message that says what is wrong. */
    public static int parsePort(String text) {
        try {
            return Integer.parseInt(Objects.requireNonNullElse(text, "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SIP port must be a number from 1 to " + MAX_PORT + ", got '" + text + "'", e);
        }
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
