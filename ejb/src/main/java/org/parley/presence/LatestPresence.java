package org.parley.presence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * This server's copy of the newest presence it knows of each person, fed by the changes that
 * reach the server ({@link #heard}) and by reads from the store ({@link #read}). It answers two
 * questions: what is a person's presence now, without reading the store ({@link #fresh}); and is
 * an arriving change news, or a late copy of something older than what was already delivered
 * (changes may arrive out of order on the topic's concurrent sessions).
 * <p>A read from the store never makes the change of the same revision stale: watchers already
 * connected still hear it when it arrives. Entries heard or read longer ago than the freshness
 * limit are not served, so a change this server never heard of (a broker outage) is corrected by
 * the next read of the store.
 * <p>Thread safety: one concurrent map; each entry is replaced atomically by {@code compute}.
 * Memory: one small entry per person seen, bounded by the size of the directory.
 */
public final class LatestPresence {

    /** What is known of one person: the newest presence, when it was learnt, and the newest revision delivered. */
    private record Entry(Presence presence, long learntAt, long delivered) {
    }

    private final Map<String, Entry> byUser = new ConcurrentHashMap<>();
    private final long freshMillis;
    private final LongSupplier clock;

    /**
     * @param freshMillis how long an entry is served after it was last heard or read
     * @param clock the current time in milliseconds
     */
    public LatestPresence(long freshMillis, LongSupplier clock) {
        this.freshMillis = freshMillis;
        this.clock = clock;
    }

    /**
     * Takes the presence an arriving change carries.
     *
     * @return whether the change is news: newer than every change of the person delivered before
     */
    public boolean heard(Presence presence) {
        long now = clock.getAsLong();
        long revision = presence.revision();
        var news = new boolean[1];
        byUser.compute(presence.user(), (user, old) -> {
            if (old == null) {
                news[0] = true;
                return new Entry(presence, now, revision);
            }
            news[0] = revision > old.delivered();
            var newest = revision >= old.presence().revision() ? presence : old.presence();
            return new Entry(newest, newest == presence ? now : old.learntAt(), Math.max(revision, old.delivered()));
        });
        return news[0];
    }

    /** Takes a presence read from the store. */
    public void read(Presence presence) {
        long now = clock.getAsLong();
        long revision = presence.revision();
        byUser.compute(presence.user(), (user, old) -> {
            if (old == null) {
                // Older changes still on their way are stale; the change of this revision is not.
                return new Entry(presence, now, revision - 1);
            }
            if (revision < old.presence().revision()) {
                return old;
            }
            return new Entry(presence, now, Math.max(old.delivered(), revision - 1));
        });
    }

    /** The fresh entries among the users; the others must be read from the store. */
    public Map<String, Presence> fresh(Collection<String> users) {
        long cutoff = clock.getAsLong() - freshMillis;
        var result = new HashMap<String, Presence>();
        for (var user : users) {
            var entry = byUser.get(user);
            if (entry != null && entry.learntAt() >= cutoff) {
                result.put(user, entry.presence());
            }
        }
        return result;
    }

    public int size() {
        return byUser.size();
    }
}
