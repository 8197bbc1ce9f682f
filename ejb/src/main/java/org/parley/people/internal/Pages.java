package org.parley.people.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.parley.directory.Found;
import org.parley.error.ParleyException;
import org.parley.people.Page;

/** Cutting sorted lists into pages, and the rules for limits, cursors and queries. */
final class Pages {

    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY = 64;
    static final int MAX_WORDS = 5;
    private static final String PREFIX = "o:";

    private Pages() {
    }

    /** The page of {@code found} after {@code cursor}, each entry mapped. */
    static <T, R> Page<R> page(Found<T> found, int limit, String cursor, Function<List<T>, List<R>> map) {
        requireLimit(limit);
        int from = offset(cursor);
        var all = found.items();
        int to = Math.min(all.size(), from + limit);
        var items = from >= all.size() ? List.<T>of() : all.subList(from, to);
        var next = to < all.size() ? encode(to) : null;
        return new Page<>(map.apply(items), next, found.truncated());
    }

    static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ParleyException.Invalid("limit is 1 to " + MAX_LIMIT);
        }
    }

    /** The words of a search, lower case; 1 to 64 characters, at most 5 words. */
    static List<String> words(String query) {
        if (query == null || query.isBlank() || query.length() > MAX_QUERY) {
            throw new ParleyException.Invalid("q is 1 to " + MAX_QUERY + " characters");
        }
        var words = Arrays.stream(query.trim().toLowerCase(Locale.ROOT).split("\\s+")).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw new ParleyException.Invalid("q has at most " + MAX_WORDS + " words");
        }
        return words;
    }

    /** A group search prefix, lower case; empty for all groups. */
    static String prefix(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        if (query.length() > MAX_QUERY) {
            throw new ParleyException.Invalid("q is at most " + MAX_QUERY + " characters");
        }
        return query.trim().toLowerCase(Locale.ROOT);
    }

    private static int offset(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the answer below; NumberFormatException is an IllegalArgumentException
        }
        throw new ParleyException.Invalid("cursor is not one this server gave out");
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }
}
