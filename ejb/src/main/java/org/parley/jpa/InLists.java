package org.parley.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ids split for queries with an IN list, in chunks whose lengths come from a small fixed set.
 * <p>Why fixed lengths: a database compiles one statement per distinct SQL text, and an IN list
 * of n parameters is a text of its own for every n. Batches of presence changes come in every
 * size, so unpadded lists made the database (and the server's statement caches) compile and
 * evict statements all the time. Each chunk is padded to the next power of two by repeating its
 * last id, which leaves the rows found the same (an IN list is a set) and keeps the statements of
 * one query to eight texts. At most {@value #CHUNK}: well under every database's limit on
 * parameters.
 */
public final class InLists {

    /** The most ids in one IN list. */
    static final int CHUNK = 128;

    private InLists() {
    }

    /**
     * The distinct ids in their order, in chunks of at most {@value #CHUNK}, each padded to a
     * power of two with its last id (so chunks of sorted ids stay sorted).
     */
    public static <T> List<List<T>> chunks(Collection<T> ids) {
        var all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        var chunks = new ArrayList<List<T>>((all.size() + CHUNK - 1) / CHUNK);
        for (int from = 0; from < all.size(); from += CHUNK) {
            var chunk = new ArrayList<T>(all.subList(from, Math.min(all.size(), from + CHUNK)));
            var last = chunk.get(chunk.size() - 1);
            while (Integer.bitCount(chunk.size()) != 1) {
                chunk.add(last);
            }
            chunks.add(List.copyOf(chunk));
        }
        return chunks;
    }
}
