package org.parley.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ids split for queries with an IN list, so that no list exceeds what every database takes. */
public final class InLists {

    /** The most ids in one IN list, well under every database's limit. */
    static final int CHUNK = 500;

    private InLists() {
    }

    /** The ids in their order, in chunks of at most {@value #CHUNK}. */
    public static <T> List<List<T>> chunks(Collection<T> ids) {
        var all = List.copyOf(ids);
        var chunks = new ArrayList<List<T>>((all.size() + CHUNK - 1) / CHUNK);
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
