package dev.fridgechef.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flowing document written top to bottom onto pages: titles, wrapped paragraphs, tables whose
 * cells wrap (the header repeats on each page a table runs onto), and tick-box lines. Text never
 * runs past the margins; a page ends when the next line or row does not fit. Page numbers are
 * written at the end, when the count is known.
 */
final class PdfLayout {
    enum Style {
        TITLE(17, true, 0.1f), HEADING(12.5f, true, 0.1f), BODY(10, false, 0.1f), BOLD(10, true, 0.1f), SMALL(8.5f, false, 0.4f);

        final float size;
        final boolean bold;
        final float gray;

        Style(float size, boolean bold, float gray) {
            this.size = size;
            this.bold = bold;
            this.gray = gray;
        }
    }

    /** A table column: its share of the width and whether it holds numbers (right-aligned). */
    record Column(float weight, boolean right) {
    }

    /** A table row; a bold row (a total) is shaded. Lines after a cell's first are notes, printed in grey. */
    record Row(List<String> cells, boolean bold) {
        static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }

        static Row total(String... cells) {
            return new Row(List.of(cells), true);
        }
    }

    private static final float MARGIN = 48;
    private static final float FOOTER = 30;
    private static final float TABLE_SIZE = 9.5f;
    private static final float PAD = 4;
    private static final float LEADING = 1.3f;
    private static final float[] ACCENT = {0.13f, 0.38f, 0.33f};

    private final PDDocument doc = new PDDocument();
    private final PdfFonts fonts;
    private final PDRectangle size;
    private final String footer;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    /** {@code footer} is printed with the page number at the foot of every page. */
    PdfLayout(Paper paper, String title, String footer, String language) {
        try {
            fonts = new PdfFonts(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size = paper.size();
        this.footer = footer;
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("Fridge Chef");
        doc.getDocumentCatalog().setLanguage(language);
        newPage();
    }

    private float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    private float bottom() {
        return MARGIN + FOOTER;
    }

    private void newPage() {
        try {
            if (cs != null) cs.close();
            PDPage page = new PDPage(size);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void keep(float height) {
        if (y - height < bottom()) newPage();
    }

    void gap(float points) {
        y -= points;
    }

    void title(String text) {
        paragraph(text, Style.TITLE, 0);
        gap(2);
    }

    /** A section heading kept with at least {@code following} points of what comes under it. */
    void heading(String text, float following) {
        gap(8);
        keep(Style.HEADING.size * LEADING + following);
        paragraph(text, Style.HEADING, 0);
        rule(ACCENT, 0.8f);
        gap(4);
    }

    void paragraph(String text, Style style) {
        paragraph(text, style, 0);
    }

    void paragraph(String text, Style style, float indent) {
        PDType0Font font = font(style.bold);
        float lead = style.size * LEADING;
        for (String line : wrap(text, font, style.size, width() - indent)) {
            keep(lead);
            y -= style.size;
            show(line, font, style.size, MARGIN + indent, y, style == Style.TITLE || style == Style.HEADING ? ACCENT : gray(style.gray));
            y -= lead - style.size;
        }
    }

    /** A numbered or bulleted item: {@code mark} hangs in the margin of the wrapped text. */
    void item(String mark, String text, Style style) {
        PDType0Font font = font(style.bold);
        float indent = 18;
        float lead = style.size * LEADING;
        List<String> lines = wrap(text, font, style.size, width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            keep(lead);
            y -= style.size;
            if (i == 0) show(mark, font, style.size, MARGIN + 2, y, gray(style.gray));
            show(lines.get(i), font, style.size, MARGIN + indent, y, gray(style.gray));
            y -= lead - style.size;
        }
    }

    /** A line with a tick box; a ticked one is greyed and its box ticked. */
    void tick(String text, boolean done) {
        float box = 9;
        float lead = Style.BODY.size * LEADING;
        List<String> lines = wrap(text, fonts.regular, Style.BODY.size, width() - 22);
        keep(lead * Math.min(lines.size(), 2) + 3);
        y -= 3;
        for (int i = 0; i < lines.size(); i++) {
            keep(lead);
            y -= Style.BODY.size;
            if (i == 0) box(MARGIN + 2, y - 1.5f, box, done);
            show(lines.get(i), fonts.regular, Style.BODY.size, MARGIN + 22, y, gray(done ? 0.55f : 0.1f));
            y -= lead - Style.BODY.size;
        }
    }

    void table(List<Column> columns, List<String> header, List<Row> rows) {
        float[] widths = widths(columns);
        keep(rowHeight(header, widths, true) + (rows.isEmpty() ? 0 : rowHeight(rows.get(0).cells(), widths, rows.get(0).bold())));
        row(columns, widths, header, true, 0.9f);
        for (Row r : rows) {
            if (y - rowHeight(r.cells(), widths, r.bold()) < bottom()) {
                newPage();
                row(columns, widths, header, true, 0.9f);
            }
            row(columns, widths, r.cells(), r.bold(), r.bold() ? 0.96f : -1);
        }
        gap(4);
    }

    /** The height {@link #table} will take, header included, to keep a short table whole on one page. */
    float tableHeight(List<Column> columns, List<String> header, List<Row> rows) {
        float[] widths = widths(columns);
        float height = rowHeight(header, widths, true) + 4;
        for (Row r : rows) height += rowHeight(r.cells(), widths, r.bold());
        return height;
    }

    private float[] widths(List<Column> columns) {
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = width() * columns.get(i).weight() / total;
        return widths;
    }

    private float rowHeight(List<String> cells, float[] widths, boolean bold) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) lines = Math.max(lines, wrap(cells.get(i), font(bold), TABLE_SIZE, widths[i] - 2 * PAD).size());
        return lines * TABLE_SIZE * LEADING + 2 * PAD;
    }

    private void row(List<Column> columns, float[] widths, List<String> cells, boolean bold, float shade) {
        float height = rowHeight(cells, widths, bold);
        PDType0Font font = font(bold);
        try {
            if (shade >= 0) {
                cs.setNonStrokingColor(shade, shade, shade);
                cs.addRect(MARGIN, y - height, width(), height);
                cs.fill();
            }
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float line = y - PAD - TABLE_SIZE;
                // a cell's first line of text is its value; the lines after it are notes, in grey
                String[] parts = cells.get(i).split("\n", 2);
                for (int part = 0; part < parts.length; part++) {
                    for (String text : wrap(parts[part], font, TABLE_SIZE, widths[i] - 2 * PAD)) {
                        float tx = columns.get(i).right() ? x + widths[i] - PAD - textWidth(text, font, TABLE_SIZE) : x + PAD;
                        show(text, font, TABLE_SIZE, tx, line, gray(part == 0 ? 0.1f : 0.42f));
                        line -= TABLE_SIZE * LEADING;
                    }
                }
                x += widths[i];
            }
            y -= height;
            cs.setStrokingColor(0.8f, 0.8f, 0.8f);
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN, y);
            cs.lineTo(MARGIN + width(), y);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float[] color, float width) {
        try {
            cs.setStrokingColor(color[0], color[1], color[2]);
            cs.setLineWidth(width);
            cs.moveTo(MARGIN, y + 2);
            cs.lineTo(MARGIN + width(), y + 2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void box(float x, float baseline, float side, boolean ticked) {
        try {
            cs.setStrokingColor(0.3f, 0.3f, 0.3f);
            cs.setLineWidth(0.8f);
            cs.addRect(x, baseline, side, side);
            cs.stroke();
            if (ticked) {
                cs.moveTo(x + 1.8f, baseline + side * 0.5f);
                cs.lineTo(x + side * 0.42f, baseline + 1.8f);
                cs.lineTo(x + side - 1.2f, baseline + side - 1.2f);
                cs.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with page numbers, as PDF bytes; the layout cannot be used afterwards. */
    byte[] finish() {
        try (doc) {
            cs.close();
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = foot;
                    String text = footer + "  ·  " + (i + 1) + " / " + pages;
                    show(text, fonts.regular, Style.SMALL.size, MARGIN, MARGIN, gray(0.5f));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(boolean bold) {
        return bold ? fonts.bold : fonts.regular;
    }

    private static float[] gray(float g) {
        return new float[] {g, g, g};
    }

    private void show(String text, PDType0Font font, float fontSize, float x, float baseline, float[] color) {
        if (text.isEmpty()) return;
        try {
            cs.setNonStrokingColor(color[0], color[1], color[2]);
            cs.beginText();
            cs.setFont(font, fontSize);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float textWidth(String text, PDType0Font font, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} broken into lines no wider than {@code width}: at spaces, and inside a word only
     * when the word alone is wider. Line breaks in the text are kept; characters the font has no
     * glyph for become "?", control characters are dropped.
     */
    List<String> wrap(String text, PDType0Font font, float fontSize, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) continue;
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, fontSize) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) lines.add(line.toString());
                line.setLength(0);
                String rest = word;
                while (textWidth(rest, font, fontSize) > width && rest.length() > 1) {
                    int fit = fitting(rest, font, fontSize, width);
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private int fitting(String word, PDType0Font font, float fontSize, float width) {
        int n = 1;
        while (n < word.length() && textWidth(word.substring(0, Character.offsetByCodePoints(word, n, 1)), font, fontSize) <= width) {
            n = Character.offsetByCodePoints(word, n, 1);
        }
        return n;
    }

    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text.replace("\r\n", "\n").replace('\t', ' ')).codePoints().forEach(cp -> {
            if (cp == '\n') out.append('\n');
            else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) return;
            else if (printable.computeIfAbsent(cp, this::hasGlyph)) out.appendCodePoint(cp);
            else out.append('?');
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        String s = new String(Character.toChars(codePoint));
        try {
            fonts.regular.encode(s);
            fonts.bold.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
