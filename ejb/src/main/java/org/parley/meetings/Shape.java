package org.parley.meetings;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.error.ParleyException;

/**
 * A whiteboard shape in board coordinates (0 to {@link #BOARD} on both axes), validated on
 * construction.
 *
 * @param kind freehand, line, rect, ellipse or text
 * @param points x,y pairs flattened: a freehand path, or two corners (line, rect, ellipse), or one anchor (text)
 * @param color a #rrggbb colour
 * @param width the line width, 1 to 50
 * @param text the text of a text shape, else empty
 */
public record Shape(String kind, List<Integer> points, String color, int width, String text) {

    public static final int BOARD = 10_000;
    public static final int MAX_POINTS = 2_000;
    public static final int MAX_TEXT = 500;
    private static final Set<String> KINDS = Set.of("freehand", "line", "rect", "ellipse", "text");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Shape {
        if (!KINDS.contains(kind)) {
            throw new ParleyException.Invalid("A shape is one of " + String.join(", ", KINDS.stream().sorted().toList()));
        }
        points = List.copyOf(points == null ? List.of() : points);
        int pairs = points.size() / 2;
        if (points.size() % 2 != 0 || pairs < 1 || pairs > MAX_POINTS) {
            throw new ParleyException.Invalid("\"points\" holds 1 to " + MAX_POINTS + " x,y pairs");
        }
        if (points.stream().anyMatch(p -> p < 0 || p > BOARD)) {
            throw new ParleyException.Invalid("Coordinates are 0 to " + BOARD);
        }
        int needed = switch (kind) {
            case "text" -> 1;
            case "freehand" -> pairs;
            default -> 2;
        };
        if (pairs != needed && !"freehand".equals(kind)) {
            throw new ParleyException.Invalid("A " + kind + " has " + needed + " point(s)");
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new ParleyException.Invalid("\"color\" is #rrggbb");
        }
        if (width < 1 || width > 50) {
            throw new ParleyException.Invalid("\"width\" is 1 to 50");
        }
        text = text == null ? "" : text.strip();
        if ("text".equals(kind) ? text.isEmpty() || text.length() > MAX_TEXT : !text.isEmpty()) {
            throw new ParleyException.Invalid("A text shape has 1 to " + MAX_TEXT + " characters of text; other shapes none");
        }
    }
}
