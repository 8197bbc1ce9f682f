package org.parley.telephony;

/**
 * How long registrations last and how many a user may hold.
 *
 * @param minExpires the shortest registration accepted, in seconds (shorter is answered 423)
 * @param maxExpires the longest granted; longer requests are shortened to it
 * @param defaultExpires granted when the request names none
 * @param maxBindings devices one user may register at once
 */
public record RegistrarLimits(int minExpires, int maxExpires, int defaultExpires, int maxBindings) {

    public RegistrarLimits {
        if (minExpires < 1 || maxExpires < minExpires || defaultExpires < minExpires || defaultExpires > maxExpires
                || maxBindings < 1) {
            throw new IllegalArgumentException("Registrar limits need 1 <= min <= default <= max and maxBindings >= 1");
        }
    }

    /** The seconds granted for a request of {@code asked} (-1: none named); 0 stays 0 (removal). */
    public int grant(int asked) {
        if (asked < 0) {
            return defaultExpires;
        }
        return Math.min(asked, maxExpires);
    }
}
