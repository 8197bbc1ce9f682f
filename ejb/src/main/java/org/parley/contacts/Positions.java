package org.parley.contacts;

import java.util.ArrayList;
import java.util.List;

import org.parley.error.ParleyException;

/** Inserting and moving items of the ordered lists of a contact list; a missing position means the end. */
public final class Positions {

    private Positions() {
    }

    /** A copy of the list with the item inserted at the position (0 = first; null = last). */
    public static <T> List<T> insert(List<T> list, T item, Integer position) {
        var result = new ArrayList<>(list);
        result.add(checked(position, result.size()), item);
        return List.copyOf(result);
    }

    /** A copy of the list with the item at {@code from} moved to the position (null = last). */
    public static <T> List<T> move(List<T> list, int from, Integer position) {
        var result = new ArrayList<>(list);
        var item = result.remove(from);
        result.add(checked(position, result.size()), item);
        return List.copyOf(result);
    }

    /** A copy of the list with the item at the index replaced. */
    public static <T> List<T> replace(List<T> list, int index, T item) {
        var result = new ArrayList<>(list);
        result.set(index, item);
        return List.copyOf(result);
    }

    /** A copy of the list without the item at the index. */
    public static <T> List<T> remove(List<T> list, int index) {
        var result = new ArrayList<>(list);
        result.remove(index);
        return List.copyOf(result);
    }

    private static int checked(Integer position, int size) {
        if (position == null) {
            return size;
        }
        if (position < 0 || position > size) {
            throw new ParleyException.Invalid("A position is from 0 to " + size + " here, not " + position);
        }
        return position;
    }
}
