package org.parley.chat.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.parley.error.ParleyException;

/**
 * One token bucket per user on this server. Buckets of quiet users (full again) are forgotten
 * when the map grows past its bound. Thread safety: a concurrent map of synchronized buckets.
 */
final class RateLimiter {

    private static final int FORGET_ABOVE = 10_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int burst;
    private final double perSecond;
    private final LongSupplier clock;

    RateLimiter(int burst, double perMinute, LongSupplier nanoClock) {
        this.burst = burst;
        this.perSecond = perMinute / 60.0;
        this.clock = nanoClock;
    }

    /**
     * Takes one send from the user's allowance.
     *
     * @throws ParleyException.Limited RATE when the allowance is used up
     */
    void take(String user) {
        long now = clock.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(b -> b.full(now));
        }
        var bucket = buckets.computeIfAbsent(user, u -> new TokenBucket(burst, perSecond, now));
        if (!bucket.tryTake(now)) {
            throw new ParleyException.Limited(ParleyException.Limited.Limit.RATE, "You are sending too fast: at most "
                    + burst + " messages at once and " + Math.round(perSecond * 60) + " a minute; try again in "
                    + Math.max(1, bucket.secondsToNext(now)) + " s");
        }
    }

    int tracked() {
        return buckets.size();
    }
}
