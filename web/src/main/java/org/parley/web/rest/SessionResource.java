package org.parley.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parley.error.ParleyException;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemMappers;
import org.parley.web.security.BrowserSessions;
import org.parley.web.security.SignInRefused;

/** Browser sign-in and sign-out; programs use HTTP Basic on every call instead. */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** Who is signed in, and the token a browser repeats in X-CSRF-Token on changing calls. */
    public record SessionView(String user, String csrfToken, boolean admin) {
    }

    @Inject
    BrowserSessions sessions;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    SecurityContext security;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with user and password; the answer sets a session cookie")
    @APIResponse(responseCode = "401", description = "Wrong user name or password")
    @APIResponse(responseCode = "429", description = "Too many sign-in attempts for this user or from this address; see Retry-After")
    @APIResponse(responseCode = "503", description = "The directory cannot be reached; see Retry-After")
    public Response login(LoginRequest login) {
        if (login == null || login.user() == null || login.password() == null) {
            throw new ParleyException.Invalid("A JSON body {\"user\": ..., \"password\": ...} is required");
        }
        java.util.Optional<BrowserSessions.Started> started;
        try {
            started = sessions.start(login.user(), login.password(), request, response);
        } catch (SignInRefused refused) {
            return Response.fromResponse(ProblemMappers.respond(refused.problem(), null))
                    .header("Retry-After", refused.retryAfterSeconds()).build();
        }
        if (started.isEmpty()) {
            return ProblemMappers.respond(
                    Problem.of("unauthenticated", "Unauthorized", 401, "Wrong user name or password"), null);
        }
        var s = started.get();
        return Response.ok(new SessionView(s.user(), s.csrfToken(), request.isUserInRole(Roles.ADMIN))).build();
    }

    @GET
    @RolesAllowed(Roles.USER)
    @Operation(summary = "The signed-in caller")
    public SessionView current() {
        return new SessionView(security.getUserPrincipal().getName(), sessions.csrfToken(request).orElse(null),
                security.isUserInRole(Roles.ADMIN));
    }

    @DELETE
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Sign out")
    public Response logout() throws ServletException {
        sessions.end(request);
        return Response.noContent().build();
    }
}
