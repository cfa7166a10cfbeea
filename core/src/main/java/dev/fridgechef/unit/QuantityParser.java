package dev.fridgechef.unit;

import dev.fridgechef.i18n.UserException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Parses amounts: "2", "1.5", "1,5" (decimal comma), "1/2", "1 1/2". Only positive amounts pass, at
 * least 0.001 (the store's precision) and at most a billion.
 */
public final class QuantityParser {
    private static final double MAX = 1_000_000_000;
    private static final Pattern MIXED = Pattern.compile("\\d+\\s+\\d+/\\d+");
    private static final Pattern FRACTION = Pattern.compile("\\d+/\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d*[.,]?\\d+([eE][-+]?\\d+)?|[-+]?\\d+[.,]");

    private QuantityParser() {
    }

    public static double parse(String text) {
        String t = text == null ? "" : text.trim();
        double value;
        try {
            if (MIXED.matcher(t).matches()) {
                String[] parts = t.split("\\s+");
                value = Double.parseDouble(parts[0]) + fraction(parts[1]);
            } else if (FRACTION.matcher(t).matches()) {
                value = fraction(t);
            } else if (DECIMAL.matcher(t).matches()) {
                value = Double.parseDouble(t.replace(',', '.'));
            } else {
                throw new UserException("error.quantity", text);
            }
        } catch (NumberFormatException e) {
            throw new UserException("error.quantity", text);
        }
        if (!(value > 0)) throw new UserException("error.quantity.positive", text);
        if (value > MAX) throw new UserException("error.quantity.large", text);
        double rounded = round(value);
        // the store keeps three decimals: 0.0001 kg would be stored as nothing at all
        if (rounded == 0) throw new UserException("error.quantity.small", text);
        return rounded;
    }

    private static double fraction(String t) {
        String[] p = t.split("/");
        double denominator = Double.parseDouble(p[1]);
        if (denominator == 0) throw new NumberFormatException("zero denominator");
        return Double.parseDouble(p[0]) / denominator;
    }

    /** Quantities are kept to three decimals (the store's precision). */
    public static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    /** "2", "1.5", "0.333": no trailing zeros. */
    public static String format(double value) {
        return BigDecimal.valueOf(round(value)).stripTrailingZeros().toPlainString();
    }
}
