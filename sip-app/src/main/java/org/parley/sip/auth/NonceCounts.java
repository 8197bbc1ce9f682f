package org.parley.sip.auth;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replay protection for digest answers with {@code qop=auth} (RFC 7616 section 3.4.1: the
 * server keeps track of the nonce counts it has seen). Each nonce that was answered correctly
 * remembers the highest count used with it and which of the {@value #WINDOW} counts below that
 * were used, so a request that UDP delivered late is still taken once, and an answer sent again
 * (a captured header replayed) is refused. Entries go when their nonce is stale anyway; only
 * correct answers make entries, so their number is bounded by the phones that know their
 * passwords.
 *
 * <p>Thread safety: a concurrent map; each nonce's window is changed under its own lock.
 */
final class NonceCounts {

    /** How far below the highest count a late request is still taken. */
    static final int WINDOW = 64;

    private static final class Seen {
        long highest;
        long below;
        final long issuedMillis;

        Seen(long issuedMillis) {
            this.issuedMillis = issuedMillis;
        }
    }

    private final Duration lifetime;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final int pruneAbove;

    NonceCounts(Duration lifetime, int pruneAbove) {
        this.lifetime = lifetime;
        this.pruneAbove = pruneAbove;
    }

    /**
     * Records one use of the nonce with the (hexadecimal) count; false when it was used before,
     * is too far behind, or is not a count at all.
     */
    boolean firstUse(String nonce, long issuedMillis, String nc, long nowMillis) {
        long count = parse(nc);
        if (count <= 0) {
            return false;
        }
        if (seen.size() > pruneAbove) {
            prune(nowMillis);
        }
        var entry = seen.computeIfAbsent(nonce, n -> new Seen(issuedMillis));
        synchronized (entry) {
            if (count > entry.highest) {
                long shift = count - entry.highest;
                entry.below = shift >= WINDOW ? 0 : (entry.below << shift);
                if (entry.highest > 0 && shift <= WINDOW) {
                    entry.below |= 1L << (shift - 1);
                }
                entry.highest = count;
                return true;
            }
            long behind = entry.highest - count;
            if (behind == 0 || behind > WINDOW) {
                return false;
            }
            long bit = 1L << (behind - 1);
            if ((entry.below & bit) != 0) {
                return false;
            }
            entry.below |= bit;
            return true;
        }
    }

    /** How many nonces are remembered. */
    int size() {
        return seen.size();
    }

    /** Forgets the nonces that are stale now (a request with them is challenged again anyway). */
    void prune(long nowMillis) {
        seen.values().removeIf(s -> nowMillis - s.issuedMillis > lifetime.toMillis());
    }

    private static long parse(String nc) {
        if (nc == null || nc.isEmpty() || nc.length() > 8) {
            return -1;
        }
        try {
            return Long.parseLong(nc, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
