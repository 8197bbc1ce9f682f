package org.parley.devservices;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Draws a small placeholder portrait (a head-and-shoulders silhouette on a coloured ground) as
 * a JPEG, the same bytes for the same person. No fonts, so it works on a headless machine.
 */
final class Portraits {

    static final int SIZE = 64;
    private static final Color[] GROUNDS = {
        new Color(0x2E5A88), new Color(0x7A3E65), new Color(0x3C7A4B), new Color(0x8A5A2B),
        new Color(0x4B4E8C), new Color(0x2F7C7C), new Color(0x8C3B3B), new Color(0x5B6B2E)};
    private static final Color FIGURE = new Color(0xE8E4DA);

    private Portraits() {
    }

    /** The JPEG portrait of the person at this org chart position. */
    static byte[] jpeg(int id) {
        var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(GROUNDS[Math.floorMod(id, GROUNDS.length)]);
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(FIGURE);
            int head = 22 + Math.floorMod(id / GROUNDS.length, 5);
            g.fillOval((SIZE - head) / 2, 12, head, head);
            g.fillOval(10, 38, SIZE - 20, 40);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("this Java platform writes no JPEG");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }
}
