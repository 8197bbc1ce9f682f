package org.parley.web.security;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Directory;
import org.parley.directory.PasswordCheck;
import org.parley.error.ParleyException;

/**
 * Checks a user name and password: throttled, verified against the directory (an LDAP bind as
 * the person, or the server's registry when {@code parley.login.verifier=registry}), with the
 * person's groups from the directory's cache. HTTP Basic calls may reuse a verification made
 * within {@code parley.login.verifiedSeconds}, and while the directory cannot be reached one made
 * within {@code parley.login.offlineSeconds}; a browser sign-in always asks the directory.
 */
@ApplicationScoped
public class CredentialCheck {

    private static final int REMEMBERED = 100_000;

    @Inject
    PasswordCheck passwords;

    @Inject
    RegistryLogin registry;

    @Inject
    Directory directory;

    @Inject
    LoginThrottle throttle;

    @Inject
    SignInFigures figures;

    @Inject
    @ConfigProperty(name = "parley.login.verifier", defaultValue = "directory")
    String verifier;

    @Inject
    @ConfigProperty(name = "parley.login.verifiedSeconds", defaultValue = "60")
    int verifiedSeconds;

    @Inject
    @ConfigProperty(name = "parley.login.offlineSeconds", defaultValue = "3600")
    int offlineSeconds;

    @Inject
    @ConfigProperty(name = "parley.ldap.retryMillis", defaultValue = "2000")
    int retryMillis;

    private VerifiedLogins verified;

    @PostConstruct
    void start() {
        verified = new VerifiedLogins(REMEMBERED);
    }

    /**
     * The caller and their groups when the credentials are right, else the invalid result.
     *
     * @param reuse whether a recent verification of the same credentials may answer (HTTP Basic)
     * @throws SignInRefused when the caller tries too often or the directory cannot be reached
     */
    CredentialValidationResult check(String user, char[] password, String source, boolean reuse) {
        if (user == null || user.isBlank() || password.length == 0) {
            throttle.failed(source);
            return CredentialValidationResult.INVALID_RESULT;
        }
        long now = System.currentTimeMillis();
        if (reuse) {
            var known = verified.recall(user, password, verifiedSeconds * 1000L, now);
            if (known != null && throttle.sourceBlockedFor(source) == 0) {
                figures.reused();
                return valid(known);
            }
        }
        try {
            throttle.attempt(user, source);
        } catch (SignInRefused refused) {
            figures.refused(refused);
            throw refused;
        }
        long start = System.nanoTime();
        Optional<String> uid;
        try {
            uid = verify(user, password);
        } catch (ParleyException.Unavailable e) {
            var known = reuse ? verified.recall(user, password, offlineSeconds * 1000L, now) : null;
            if (known != null) {
                figures.reused();
                return valid(known);
            }
            var refused = SignInRefused.unavailable(e.getMessage(), Math.max(1, (retryMillis + 999) / 1000));
            figures.refused(refused);
            throw refused;
        }
        if (uid.isEmpty()) {
            throttle.failed(source);
            verified.forget(user);
            figures.rejected(System.nanoTime() - start);
            return CredentialValidationResult.INVALID_RESULT;
        }
        var result = valid(uid.get());
        verified.remember(user, password, uid.get(), now);
        figures.verified(System.nanoTime() - start);
        return result;
    }

    /**
     * A password sign-in for an edge that is not HTTP (a CSTA application's session), throttled
     * and verified like a browser sign-in.
     *
     * @return the user id as the directory spells it, or empty for wrong credentials
     * @throws SignInRefused when the caller tries too often or the directory cannot be reached
     */
    public Optional<String> signIn(String user, char[] password, String source) {
        var result = check(user, password, source, false);
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? Optional.of(result.getCallerPrincipal().getName()) : Optional.empty();
    }

    private Optional<String> verify(String user, char[] password) {
        if ("registry".equals(verifier)) {
            return registry.verify(user, password);
        }
        try {
            return passwords.verify(user, password);
        } catch (ParleyException.Invalid e) {
            return Optional.empty(); // not a well-formed user id: nobody
        }
    }

    private CredentialValidationResult valid(String uid) {
        try {
            return new CredentialValidationResult(uid, Set.copyOf(directory.groupsOf(uid)));
        } catch (ParleyException.Unavailable e) {
            throw SignInRefused.unavailable(e.getMessage(), Math.max(1, (retryMillis + 999) / 1000));
        }
    }
}
