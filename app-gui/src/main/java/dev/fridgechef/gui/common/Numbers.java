package dev.fridgechef.gui.common;

/** Numbers typed into forms: "72,5" as well as "72.5"; blank, wrong, NaN and infinite all read as no number. */
public final class Numbers {
    private Numbers() {
    }

    /** The finite number typed, or null. */
    public static Double parse(String text) {
        if (text == null) return null;
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
