package org.parley.web.links;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;
import org.parley.web.security.EmbeddingOrigins;
import org.parley.web.security.LinkTokens;

/**
 * {@code GET /links/token}: a short-lived token for the signed-in caller (Parley session or HTTP
 * Basic), which a widget on an allowed embedding origin reads with CORS and credentials and then
 * uses to open its WebSocket. Only allowed origins may read the answer (CORS); a GET changes
 * nothing, so there is nothing to forge. Not signed in: 401 problem, with no Basic challenge.
 */
@WebServlet("/links/token")
public class LinksTokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EmbeddingOrigins origins;

    @Inject
    LinkTokens tokens;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Cors.answer(request, response, origins)) {
            ProblemJson.send(response, Problem.of("forbidden-origin", "Forbidden", 403,
                    "Pages of this origin may not embed Parley; see parley.links.allowedOrigins"));
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        var caller = request.getUserPrincipal();
        if (caller == null) {
            ProblemJson.send(response, Problem.of("unauthenticated", "Unauthorized", 401,
                    "Sign in to Parley first"));
            return;
        }
        response.setContentType("application/json");
        var body = Json.createObjectBuilder().add("user", caller.getName()).add("token", tokens.issue(caller.getName()))
                .add("expiresIn", tokens.lifetime().toSeconds()).build();
        response.getWriter().write(body.toString());
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Cors.answer(request, response, origins)) {
            response.setStatus(403);
            return;
        }
        response.setHeader("Access-Control-Allow-Methods", "GET");
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(204);
    }
}
