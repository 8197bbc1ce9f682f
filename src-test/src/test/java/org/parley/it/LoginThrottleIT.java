package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling: a user tried too often, or an address with too many failures, gets a 429
 * problem with Retry-After, without the directory being asked; others are not affected. The
 * server's defaults: 20 attempts a minute per user, 60 failures a minute per address.
 */
class LoginThrottleIT {

    private static final String PATH = "/api/v1/presence/me";

    @Test
    void aUserTriedTooOftenShouldGet429EvenWithTheRightPassword() {
        var from = "127.0.0.3";
        int failures = failUntilLimited(from, i -> Server.basic("ylindqvist", "guess-" + i), 20);
        assertTrue(failures >= 20, "20 attempts a minute are allowed, refused after " + failures);
        assertRateLimited(RawHttp.get(from, PATH, Server.basic("ylindqvist", Server.PASSWORD)));
        var elsewhere = RawHttp.get("127.0.0.5", PATH, Server.basic("ylindqvist", Server.PASSWORD));
        assertEquals(429, elsewhere.status(), "the user's allowance holds from every address");
        assertEquals(200, RawHttp.get(from, PATH, Server.basic("yobrien", Server.PASSWORD)).status(),
                "another user from the same address signs in");
    }

    @Test
    void anAddressWithTooManyFailuresShouldGet429WhileOthersSignIn() {
        var from = "127.0.0.4";
        int failures = failUntilLimited(from, i -> Server.basic("no-such-user-" + i, "x"), 60);
        assertTrue(failures >= 60, "60 failures a minute are allowed, refused after " + failures);
        assertRateLimited(RawHttp.get(from, PATH, Server.basic("ybianchi", Server.PASSWORD)));
        assertEquals(401, RawHttp.get("127.0.0.1", PATH, Server.basic("no-such-user-0", "x")).status(),
                "other addresses are not limited");
        assertEquals(200, RawHttp.get("127.0.0.6", PATH, Server.basic("ybianchi", Server.PASSWORD)).status());
    }

    /**
     * Fails to sign in until the answer is 429 (at most the allowance and a quarter more, as the
     * allowance refills while the test runs) and returns how many 401s came first.
     */
    private static int failUntilLimited(String from, java.util.function.IntFunction<String> credentials, int allowance) {
        for (int i = 0; i < allowance + allowance / 4 + 5; i++) {
            var answer = RawHttp.get(from, PATH, credentials.apply(i));
            if (answer.status() == 429) {
                return i;
            }
            assertEquals(401, answer.status(), answer.head());
        }
        throw new AssertionError("never limited after " + (allowance + allowance / 4 + 5) + " failures");
    }

    private static void assertRateLimited(RawHttp.Answer answer) {
        assertEquals(429, answer.status(), answer.head() + answer.body());
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"));
        var problem = Server.json(answer.body());
        Problems.assertProblemFields(problem, 429);
        assertTrue(problem.getString("type").endsWith("/rate-limited"), problem.toString());
        long retry = Long.parseLong(answer.header("Retry-After").orElseThrow());
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
    }
}
