package org.parley.web.security;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The origins of other sites allowed to embed Parley's presence widgets (the allow-list of
 * {@code parley.links.allowedOrigins}), and the test a browser request's {@code Origin} must
 * pass: Parley's own origin, or one on the list. Thread safety: immutable.
 */
public final class EmbeddingOrigins {

    private final Set<String> allowed;

    /** From a comma-separated list such as {@code https://intranet.example.com,http://127.0.0.1:9081}. */
    public EmbeddingOrigins(String list) {
        this.allowed = Arrays.stream(list == null ? new String[0] : list.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(EmbeddingOrigins::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether an origin is on the allow-list (never "null", never a wildcard). */
    public boolean allowed(String origin) {
        return origin != null && !"null".equals(origin) && allowed.contains(normalize(origin));
    }

    /** Whether a request carrying this Origin may go on: no Origin (not a browser), Parley's own, or an allowed one. */
    public boolean mayCall(HttpServletRequest request) {
        var origin = request.getHeader("Origin");
        return origin == null || sameOrigin(request, origin) || allowed(origin);
    }

    static boolean sameOrigin(HttpServletRequest request, String origin) {
        var host = request.getHeader("Host");
        if (host == null) {
            return false;
        }
        return normalize(origin).equals(normalize(request.getScheme() + "://" + host));
    }

    /** scheme://host[:port] in lower case, without a default port or a trailing slash. */
    static String normalize(String origin) {
        try {
            var uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return origin.trim();
            }
            var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean standard = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return origin.trim();
        }
    }
}
