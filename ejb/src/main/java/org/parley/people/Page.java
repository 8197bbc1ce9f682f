package org.parley.people;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the entries of this page
 * @param next the cursor of the next page, null when this is the last
 * @param truncated whether more matched than the server looks at
 */
public record Page<T>(List<T> items, String next, boolean truncated) {

    public Page {
        items = List.copyOf(items);
    }
}
