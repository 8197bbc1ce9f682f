package org.parley.chat.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's per-user send allowance (parley.chat.rate.burst messages at once, refilled at
 * parley.chat.rate.perMinute). Thread safety: see {@link RateLimiter}; bean-managed concurrency.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SendLimiter {

    @Inject
    @ConfigProperty(name = "parley.chat.rate.burst", defaultValue = "20")
    int burst;

    @Inject
    @ConfigProperty(name = "parley.chat.rate.perMinute", defaultValue = "60")
    int perMinute;

    private RateLimiter limiter;

    @PostConstruct
    void start() {
        limiter = new RateLimiter(burst, perMinute, System::nanoTime);
    }

    /** Takes one send of the user, or refuses with 429. */
    public void take(String user) {
        limiter.take(user);
    }
}
