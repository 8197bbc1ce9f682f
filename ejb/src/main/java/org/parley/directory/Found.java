package org.parley.directory;

import java.util.List;

/**
 * What a bounded directory search found.
 *
 * @param items the entries, in the order the search defines
 * @param truncated whether more matched than the search looks at
 */
public record Found<T>(List<T> items, boolean truncated) {

    public Found {
        items = List.copyOf(items);
    }
}
