package org.parley.chat.internal;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled at {@code perSecond}; each
 * action takes one. Thread safety: synchronized on the bucket.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, double perSecond, long nowNanos) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("A bucket holds at least one token and refills");
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes a token if there is one. */
    synchronized boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Whether the bucket is full again (its user has been quiet long enough to forget). */
    synchronized boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    /** Seconds until the next token, rounded up. */
    synchronized long secondsToNext(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano / 1e9);
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - last);
        tokens = Math.min(capacity, tokens + elapsed * perNano);
        last = nowNanos;
    }
}
