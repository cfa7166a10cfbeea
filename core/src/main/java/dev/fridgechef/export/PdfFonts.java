package dev.fridgechef.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, regular and bold, bundled with Fridge Chef (licence in fonts/DejaVu-LICENSE.txt) so
 * Russian prints the same everywhere; embedded as subsets, so a PDF carries only the glyphs it uses.
 */
final class PdfFonts {
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    final PDType0Font regular;
    final PDType0Font bold;

    PdfFonts(PDDocument doc) throws IOException {
        regular = PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true);
        bold = PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fridgechef/fonts/" + name)) {
            if (in == null) throw new IllegalStateException("font missing from the build: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
