package org.parley.web.links;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parley.web.security.EmbeddingOrigins;

/** The CORS answer for the widget's calls: the caller's own origin echoed when allowed, never "*". */
final class Cors {

    private Cors() {
    }

    /** Adds the CORS headers; false when a browser page of a foreign, not allowed origin is calling. */
    static boolean answer(HttpServletRequest request, HttpServletResponse response, EmbeddingOrigins origins) {
        response.addHeader("Vary", "Origin");
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        if (!origins.mayCall(request)) {
            return false;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Access-Control-Allow-Credentials", "true");
        return true;
    }
}
