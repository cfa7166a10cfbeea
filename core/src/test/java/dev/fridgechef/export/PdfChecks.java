package dev.fridgechef.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every exported PDF must pass: its text reads back, every page renders to a non-blank image, no text outside the page's margins. */
final class PdfChecks {
    private static final float MARGIN = 48;

    private PdfChecks() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Renders every page to a PNG in {@code folder} (name-1.png …) and checks each has ink on it; returns the files. */
    static List<Path> pages(byte[] pdf, Path folder, String name) throws IOException {
        List<Path> files = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 60);
                assertThat(inkShare(image)).as("page %d of %s has something on it", i + 1, name).isGreaterThan(0.002);
                Path file = folder.resolve(name + "-" + (i + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                assertThat(Files.size(file)).isPositive();
                files.add(file);
            }
        }
        return files;
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int lightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lightness < 600) ink++;
            }
        }
        return ink / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }

    /** Every glyph of every page lies within the page's margins: nothing cut off or running past the edge. */
    static void insideMargins(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    PDPage page = getCurrentPage();
                    float width = page.getMediaBox().getWidth();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < MARGIN - 1 || p.getXDirAdj() + p.getWidthDirAdj() > width - MARGIN + 1) {
                            outside.add(p.getUnicode() + " at x=" + p.getXDirAdj() + " in \"" + text + "\"");
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
            assertThat(outside).as("text outside the margins").isEmpty();
        }
    }

    static float[] pageSize(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        }
    }

    static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
