package org.parley.web.security;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a user name and password against the server's user registry (the federated LDAP
 * registry of server.xml) through the server's JAAS login configuration, so that the
 * application and the Admin Center authenticate people the same way.
 */
@ApplicationScoped
public class RegistryLogin {

    private static final Logger LOG = Logger.getLogger(RegistryLogin.class.getName());

    /** The JAAS configuration entry that logs in against the server's user registry. */
    static final String LOGIN_ENTRY = "WSLogin";

    /** The user name the registry knows the caller by, when the password is right. */
    public Optional<String> verify(String user, char[] password) {
        try {
            var context = new LoginContext(LOGIN_ENTRY, callbacks -> answer(callbacks, user, password));
            context.login();
            var principals = context.getSubject().getPrincipals();
            context.logout();
            return Optional.of(principals.isEmpty() ? user : principals.iterator().next().getName());
        } catch (LoginException e) {
            LOG.log(Level.FINE, "Registry login failed for " + user, e);
            return Optional.empty();
        }
    }

    /** Answers the name and password; other callbacks (tokens, certificates) stay unanswered. */
    private static void answer(Callback[] callbacks, String user, char[] password) {
        for (var callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password);
            }
        }
    }
}
