package org.parley.web.security;

import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;

/** This server's sign-in figures since it started. Thread safety: adders. */
@ApplicationScoped
public class SignInFigures {

    /**
     * @param verified sign-ins whose password the directory checked
     * @param reused HTTP Basic calls answered from a recent verification
     * @param rejected wrong user names or passwords
     * @param throttled attempts refused with 429
     * @param unavailable attempts refused with 503
     * @param checkNanos time spent checking credentials (directory look-up, bind, groups)
     */
    public record Counts(long verified, long reused, long rejected, long throttled, long unavailable, long checkNanos) {
    }

    private final LongAdder verified = new LongAdder();
    private final LongAdder reused = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder unavailable = new LongAdder();
    private final LongAdder checkNanos = new LongAdder();

    void verified(long nanos) {
        verified.increment();
        checkNanos.add(nanos);
    }

    void reused() {
        reused.increment();
    }

    void rejected(long nanos) {
        rejected.increment();
        checkNanos.add(nanos);
    }

    void refused(SignInRefused refusal) {
        (refusal.problem().status() == 429 ? throttled : unavailable).increment();
    }

    public Counts counts() {
        return new Counts(verified.sum(), reused.sum(), rejected.sum(), throttled.sum(), unavailable.sum(),
                checkNanos.sum());
    }
}
