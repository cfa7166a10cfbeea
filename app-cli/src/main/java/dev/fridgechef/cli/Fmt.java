package dev.fridgechef.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for tables: a fixed number of decimals, no grouping, "-" for unknown. */
public final class Fmt {
    private Fmt() {
    }

    public static String num(Double value, int decimals) {
        if (value == null || value.isNaN()) return "-";
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    public static String num(double value, int decimals) {
        return num(Double.valueOf(value), decimals);
    }

    public static Double round(Double value, int decimals) {
        if (value == null || value.isNaN()) return null;
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
