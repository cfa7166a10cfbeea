package dev.fridgechef.diary;

import dev.fridgechef.i18n.UserException;

/** The share of an entry eaten, as typed: "80%", "80 %", "80"; from 0 to 100. */
public final class EatenPercent {
    private EatenPercent() {
    }

    public static double parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.endsWith("%")) t = t.substring(0, t.length() - 1).strip();
        double value;
        try {
            value = Double.parseDouble(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new UserException("error.diary.eaten", text);
        }
        check(value, text);
        return Math.round(value * 10) / 10.0;
    }

    static void check(double percent, Object shown) {
        if (!(percent >= 0 && percent <= 100)) throw new UserException("error.diary.eaten", shown);
    }
}
