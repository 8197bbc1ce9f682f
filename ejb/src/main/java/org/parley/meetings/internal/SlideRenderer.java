package org.parley.meetings.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.parley.error.ParleyException;

/**
 * Renders an uploaded file into page images (PNG), refusing what it cannot render safely. A PDF
 * is read by Apache PDFBox with its buffers in temporary files (not the heap), each page scaled
 * so that its longer side is {@code pixels} whatever size the page claims, with embedded images
 * subsampled, and no more than {@code maxPages} pages within {@code timeLimit}. A PNG or JPEG has
 * its dimensions read before its pixels, then is drawn anew (nothing but pixels survives).
 * Thread-safe: no state but its limits.
 */
final class SlideRenderer {

    private static final Logger LOG = Logger.getLogger(SlideRenderer.class.getName());

    /** The largest image upload accepted, in pixels per side. */
    static final int MAX_IMAGE_SIDE = 10_000;

    private final int maxPages;
    private final int pixels;
    private final Duration timeLimit;

    SlideRenderer(int maxPages, int pixels, Duration timeLimit) {
        this.maxPages = maxPages;
        this.pixels = pixels;
        this.timeLimit = timeLimit;
    }

    /** What kind of file it is, from its first bytes. */
    enum Kind { PDF, IMAGE }

    /** Renders the file's pages into {@code out} as 1.png, 2.png, ... and answers how many. */
    int render(Path file, Kind kind, Path out) {
        try {
            return kind == Kind.PDF ? pdf(file, out) : image(file, out);
        } catch (InvalidPasswordException e) {
            throw new ParleyException.Invalid("The PDF is protected by a password; upload it without one");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParleyException p) {
                throw p;
            }
            LOG.log(Level.FINE, "An upload could not be rendered", e);
            throw new ParleyException.Invalid("The file is damaged or not a readable " + (kind == Kind.PDF ? "PDF" : "image"));
        } catch (OutOfMemoryError e) {
            throw new ParleyException.Invalid("The file needs more memory to render than a slide may use");
        }
    }

    private int pdf(Path file, Path out) throws IOException {
        var deadline = System.nanoTime() + timeLimit.toNanos();
        try (var document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw new ParleyException.Invalid("The PDF has no pages");
            }
            if (pages > maxPages) {
                throw new ParleyException.Invalid("The PDF has " + pages + " pages; at most " + maxPages + " are shown");
            }
            var renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(true);
            for (int i = 0; i < pages; i++) {
                if (System.nanoTime() > deadline) {
                    throw new ParleyException.Invalid("The PDF takes longer than " + timeLimit.toSeconds() + " s to render");
                }
                var box = document.getPage(i).getCropBox();
                float longer = Math.max(1f, Math.max(box.getWidth(), box.getHeight()));
                var image = renderer.renderImage(i, pixels / longer, ImageType.RGB);
                write(image, out.resolve((i + 1) + ".png"));
            }
            return pages;
        }
    }

    private int image(Path file, Path out) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = in == null ? java.util.Collections.<javax.imageio.ImageReader>emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ParleyException.Invalid("The image cannot be read");
            }
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1 || w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE) {
                    throw new ParleyException.Invalid("Images are at most " + MAX_IMAGE_SIDE + " pixels on a side");
                }
                var source = reader.read(0);
                double scale = Math.min(1.0, (double) pixels / Math.max(w, h));
                int tw = Math.max(1, (int) Math.round(w * scale));
                int th = Math.max(1, (int) Math.round(h * scale));
                var copy = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
                var g = copy.createGraphics();
                try {
                    g.drawImage(source, 0, 0, tw, th, java.awt.Color.WHITE, null);
                } finally {
                    g.dispose();
                }
                write(copy, out.resolve("1.png"));
                return 1;
            } finally {
                reader.dispose();
            }
        }
    }

    private static void write(BufferedImage image, Path target) throws IOException {
        try (var os = Files.newOutputStream(target)) {
            if (!ImageIO.write(image, "png", os)) {
                throw new IOException("No PNG writer");
            }
        }
    }
}
