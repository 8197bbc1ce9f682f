package org.parley.web.security;

import org.parley.web.problem.Problem;

/**
 * A sign-in that is refused before the password could be checked: too many attempts (429) or
 * the directory cannot be reached (503). Carries the problem to answer and when to try again.
 */
public final class SignInRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final long retryAfterSeconds;

    private SignInRefused(Problem problem, long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static SignInRefused throttled(long seconds) {
        return new SignInRefused(Problem.of("rate-limited", "Too many requests", 429,
                "Too many sign-in attempts; try again in " + seconds + " s"), seconds);
    }

    static SignInRefused unavailable(String why, long seconds) {
        return new SignInRefused(Problem.of("directory-unavailable", "Service unavailable", 503,
                why + "; signing in is not possible right now, try again in " + seconds + " s"), seconds);
    }

    public Problem problem() {
        return problem;
    }

    /** The value of the Retry-After header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
