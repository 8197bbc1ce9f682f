package org.parley.web.client;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers of the web client's pages and the meeting room's (/meet/): a
 * Content-Security-Policy that allows scripts, styles, images and connections only from Parley
 * itself (no inline script, no eval, no plugins, no framing by other sites), no MIME sniffing, no referrer to other origins, and no caching of
 * the page shell so that a new release is picked up at once.
 */
@WebFilter({"/app/*", "/meet/*"})
public class ClientHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The client's policy; 'self' covers the WebSocket of the same origin. */
    static final String POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "font-src 'self'",
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
