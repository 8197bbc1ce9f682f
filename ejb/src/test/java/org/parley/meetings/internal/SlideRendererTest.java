package org.parley.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.error.ParleyException;

class SlideRendererTest {

    @TempDir
    Path dir;

    private final SlideRenderer renderer = new SlideRenderer(5, 400, Duration.ofSeconds(30));

    private Path pdf(int pages, PDRectangle size) throws Exception {
        var file = dir.resolve("in-" + pages + ".pdf");
        try (var doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(size));
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void everyPageShouldBecomeAnImageWithinTheSizeLimitWhateverSizeThePageClaims() throws Exception {
        var out = Files.createDirectory(dir.resolve("out"));
        assertEquals(2, renderer.render(pdf(2, new PDRectangle(14_400, 14_400)), SlideRenderer.Kind.PDF, out));
        var image = ImageIO.read(out.resolve("2.png").toFile());
        assertEquals(400, Math.max(image.getWidth(), image.getHeight()));
    }

    @Test
    void tooManyPagesOrADamagedFileShouldBeRefused() throws Exception {
        var out = Files.createDirectory(dir.resolve("out"));
        assertThrows(ParleyException.Invalid.class, () -> renderer.render(pdf(6, PDRectangle.A4), SlideRenderer.Kind.PDF, out));
        var broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.4\n1 0 obj <<".getBytes());
        assertThrows(ParleyException.Invalid.class, () -> renderer.render(broken, SlideRenderer.Kind.PDF, out));
        var notImage = Files.write(dir.resolve("x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertThrows(ParleyException.Invalid.class, () -> renderer.render(notImage, SlideRenderer.Kind.IMAGE, out));
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith("6.png")));
        }
    }

    @Test
    void theTypeShouldComeFromTheContent() throws Exception {
        assertEquals(SlideRenderer.Kind.PDF, Uploads.kind(pdf(1, PDRectangle.A4)));
        var html = Files.write(dir.resolve("fake.pdf"), "<html></html>".getBytes());
        assertThrows(ParleyException.Limited.class, () -> Uploads.kind(html));
    }
}
