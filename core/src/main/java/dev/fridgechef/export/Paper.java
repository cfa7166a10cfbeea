package dev.fridgechef.export;

import dev.fridgechef.i18n.UserException;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.Locale;

/** The paper a PDF is laid out for. */
public enum Paper {
    A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    PDRectangle size() {
        return size;
    }

    /** "a4" or "letter", in any letter case. */
    public static Paper parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Paper p : values()) if (p.name().equals(t)) return p;
        throw new UserException("error.export.paper", text);
    }
}
