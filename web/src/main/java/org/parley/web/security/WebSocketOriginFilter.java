package org.parley.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/**
 * Cross-site WebSocket hijacking stops here: a browser opening Parley's WebSocket from a page of
 * another origin sends that origin, and the handshake goes on only for Parley's own origin or an
 * allowed embedding origin ({@code parley.links.allowedOrigins}). Programs send no Origin.
 */
@WebFilter("/ws/*")
public class WebSocketOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    EmbeddingOrigins origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!origins.mayCall(request)) {
            ProblemJson.send(response, Problem.of("forbidden-origin", "Forbidden", 403,
                    "Pages of this origin may not connect to Parley; see parley.links.allowedOrigins"));
            return;
        }
        chain.doFilter(request, response);
    }
}
