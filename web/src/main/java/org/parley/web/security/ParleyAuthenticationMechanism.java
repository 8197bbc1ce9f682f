package org.parley.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parley.directory.Directory;
import org.parley.web.problem.Problem;
import org.parley.web.problem.ProblemJson;

/**
 * Authenticates every request against the server's user registry (the directory): HTTP Basic for
 * programs, and a session established by the login endpoint for browsers. A browser session must
 * echo its CSRF token on state-changing requests. Failures answer a 401 problem, never a page.
 */
@ApplicationScoped
public class ParleyAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The header a script of Parley's own pages sends on its API calls. */
    static final String SCRIPT_CALL = "X-Requested-With";

    @Inject
    RegistryLogin registry;

    @Inject
    Directory directory;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return startSession(login, request, response, context);
        }
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), response, context);
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SessionKeys.CALLER) instanceof String caller) {
            if (!csrfSafe(request, session.getAttribute(SessionKeys.CSRF_TOKEN))) {
                return fail(response, context, 403, "csrf", "Missing or wrong " + SessionKeys.CSRF_HEADER + " header");
            }
            @SuppressWarnings("unchecked")
            var groups = (Set<String>) session.getAttribute(SessionKeys.GROUPS);
            return context.notifyContainerAboutLogin(caller, groups);
        }
        if (context.isProtected()) {
            // The web client's own calls say so, and get no Basic challenge (no browser password prompt).
            if (request.getHeader(SCRIPT_CALL) == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Parley\", charset=\"UTF-8\"");
            }
            return fail(response, context, 401, "unauthenticated", "Sign in: HTTP Basic or POST /api/v1/session");
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fail(response, context, 401, "unauthenticated", "The Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return fail(response, context, 401, "unauthenticated", "The Basic credentials are not user:password");
        }
        var result = validate(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return fail(response, context, 401, "unauthenticated", "Wrong user name or password");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus startSession(UsernamePasswordCredential login, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        var result = validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE; // the login endpoint answers the problem itself
        }
        var session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SessionKeys.CALLER, result.getCallerPrincipal().getName());
        session.setAttribute(SessionKeys.GROUPS, result.getCallerGroups());
        session.setAttribute(SessionKeys.CSRF_TOKEN, CsrfTokens.next());
        return context.notifyContainerAboutLogin(result);
    }

    private CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (credential.getCaller() == null || credential.getCaller().isBlank() || credential.getPasswordAsString().isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return registry.verify(credential.getCaller(), credential.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user, Set.copyOf(directory.groupsOf(user))))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static boolean csrfSafe(HttpServletRequest request, Object expected) {
        var method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return true;
        }
        return expected != null && expected.equals(request.getHeader(SessionKeys.CSRF_HEADER));
    }

    private static AuthenticationStatus fail(HttpServletResponse response, HttpMessageContext context, int status,
            String kind, String detail) {
        try {
            ProblemJson.send(response, Problem.of(kind, status == 401 ? "Unauthorized" : "Forbidden", status, detail));
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
