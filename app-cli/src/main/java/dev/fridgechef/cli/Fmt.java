package dev.fridgechef.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of figures for --json output (machine form: dot decimals). Text output formats its
 * figures in the reader's language with {@link CliContext#num}.
 */
public final class Fmt {
    private Fmt() {
    }

    public static Double round(Double value, int decimals) {
        if (value == null || value.isNaN()) return null;
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
