package dev.fridgechef.analysis;

import dev.fridgechef.food.LocalizedNames;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the analysis shows its numbers, the same in the terminal text, the offline summary and the
 * figures given to the model: whole numbers from 10 up, one decimal from 1, two below; percentages
 * whole; a decimal comma in Russian; no thousands separator.
 */
public final class AnalysisFormat {
    private AnalysisFormat() {
    }

    public static int decimals(double value) {
        double a = Math.abs(value);
        return a >= 10 ? 0 : a >= 1 ? 1 : 2;
    }

    /** The value as shown: rounded to its {@link #decimals}, in the language of {@code m}. */
    public static String number(double value, Messages m) {
        String s = rounded(value, decimals(value)).toPlainString();
        return m.isRussian() ? s.replace('.', ',') : s;
    }

    /** The value rounded as {@link #number} shows it. */
    public static double shown(double value) {
        return rounded(value, decimals(value)).doubleValue();
    }

    public static String percent(double percent) {
        return Long.toString(Math.round(percent));
    }

    /** A share (0–1) as a whole percentage. */
    public static String share(double share) {
        return percent(100 * share);
    }

    public static String unit(Nutrient n, Messages m) {
        return m.get("analysis.unit." + switch (n.unit()) {
            case "µg" -> "mcg";
            default -> n.unit();
        });
    }

    /** "8.8 mg", "1554 kcal". */
    public static String amount(double value, Nutrient n, Messages m) {
        return number(value, m) + " " + unit(n, m);
    }

    public static String nutrient(Nutrient n, Messages m) {
        return m.get("nutrient." + n.key());
    }

    public static String name(LocalizedNames names, Messages m) {
        String ru = names.ru();
        return m.isRussian() && ru != null && !ru.isBlank() ? ru : names.en();
    }

    private static BigDecimal rounded(double value, int decimals) {
        BigDecimal r = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return r.signum() == 0 ? r.abs() : r;
    }
}
