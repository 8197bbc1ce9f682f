package org.parley.web.security;

import java.util.Locale;
import java.util.function.LongSupplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a misbehaving client from driving the directory: every sign-in attempt of a user that
 * would reach the directory counts against that user, every failed one against the client's
 * address; beyond either allowance sign-ins answer 429 without touching LDAP. Successful
 * sign-ins from one address (an office behind one gateway) are never limited.
 * Thread safety: see {@link AttemptCounters}.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int BOUND = 100_000;

    @Inject
    @ConfigProperty(name = "parley.login.user.perMinute", defaultValue = "20")
    int userPerMinute;

    @Inject
    @ConfigProperty(name = "parley.login.source.failuresPerMinute", defaultValue = "60")
    int sourcePerMinute;

    private final LongSupplier clock = System::nanoTime;
    private AttemptCounters users;
    private AttemptCounters sources;

    @PostConstruct
    void start() {
        users = new AttemptCounters(userPerMinute, BOUND);
        sources = new AttemptCounters(sourcePerMinute, BOUND);
    }

    /**
     * Counts an attempt of the user that is about to reach the directory.
     *
     * @throws SignInRefused 429 when the user or the address has used up its allowance
     */
    void attempt(String user, String source) {
        long now = clock.getAsLong();
        long wait = Math.max(users.blockedFor(key(user), now), sources.blockedFor(source, now));
        if (wait > 0) {
            throw SignInRefused.throttled(wait);
        }
        users.add(key(user), now);
    }

    /** Counts a failed sign-in from the address. */
    void failed(String source) {
        sources.add(source, clock.getAsLong());
    }

    /** Whether the address may not sign in now, because of its failures. */
    long sourceBlockedFor(String source) {
        return sources.blockedFor(source, clock.getAsLong());
    }

    private static String key(String user) {
        return user.toLowerCase(Locale.ROOT);
    }
}
