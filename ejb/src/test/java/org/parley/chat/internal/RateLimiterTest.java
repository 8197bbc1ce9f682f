package org.parley.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.parley.error.ParleyException;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void burstShouldPassThenTheNextSendShouldBeRefusedWithRate() {
        var limiter = new RateLimiter(3, 60, now::get);
        for (int i = 0; i < 3; i++) {
            limiter.take("bob");
        }
        var refused = assertThrows(ParleyException.Limited.class, () -> limiter.take("bob"));
        assertEquals(ParleyException.Limited.Limit.RATE, refused.limit());
        assertEquals("rate-limited", refused.kind());
        assertTrue(refused.getMessage().contains("try again in 1 s"), refused.getMessage());
    }

    @Test
    void tokensShouldComeBackAtTheRate() {
        var limiter = new RateLimiter(2, 60, now::get);
        limiter.take("bob");
        limiter.take("bob");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        assertThrows(ParleyException.Limited.class, () -> limiter.take("bob"));
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(2));
        limiter.take("bob");
    }

    @Test
    void usersShouldHaveTheirOwnAllowance() {
        var limiter = new RateLimiter(1, 60, now::get);
        limiter.take("bob");
        limiter.take("carol");
        assertThrows(ParleyException.Limited.class, () -> limiter.take("bob"));
        assertEquals(2, limiter.tracked());
    }

    @Test
    void bucketShouldNeverHoldMoreThanItsCapacity() {
        var bucket = new TokenBucket(2, 1, 0);
        long hourLater = TimeUnit.HOURS.toNanos(1);
        assertTrue(bucket.full(hourLater));
        assertTrue(bucket.tryTake(hourLater));
        assertTrue(bucket.tryTake(hourLater));
        assertFalse(bucket.tryTake(hourLater));
        assertEquals(1, bucket.secondsToNext(hourLater));
    }

    @Test
    void clockGoingBackwardsShouldNotAddTokens() {
        var bucket = new TokenBucket(1, 1, 10_000);
        assertTrue(bucket.tryTake(10_000));
        assertFalse(bucket.tryTake(0));
    }
}
