package org.parley.web.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Starts and ends browser sessions through the authentication mechanism. */
@ApplicationScoped
public class BrowserSessions {

    /** What a browser needs after signing in. */
    public record Started(String user, String csrfToken) {
    }

    @Inject
    SecurityContext security;

    /**
     * Signs in; empty when the credentials are wrong.
     *
     * @throws SignInRefused when there were too many attempts or the directory cannot be reached
     */
    public Optional<Started> start(String user, String password, HttpServletRequest request,
            HttpServletResponse response) {
        var status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(user, password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            if (request.getAttribute(ParleyAuthenticationMechanism.REFUSAL) instanceof SignInRefused refused) {
                throw refused;
            }
            return Optional.empty();
        }
        var session = request.getSession(false);
        return Optional.of(new Started((String) session.getAttribute(SessionKeys.CALLER),
                (String) session.getAttribute(SessionKeys.CSRF_TOKEN)));
    }

    /** The CSRF token of the caller's browser session, if the caller signed in with one. */
    public Optional<String> csrfToken(HttpServletRequest request) {
        var session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (String) session.getAttribute(SessionKeys.CSRF_TOKEN));
    }

    /** Signs out and forgets the session. */
    public void end(HttpServletRequest request) throws ServletException {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
    }
}
