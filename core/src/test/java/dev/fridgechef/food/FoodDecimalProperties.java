package dev.fridgechef.food;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The resource's fast decimal reading gives exactly what Double.parseDouble gives. */
class FoodDecimalProperties {
    @Property(tries = 5000)
    void plainDecimalsReadExactlyAsParseDouble(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long digits,
                                               @ForAll @IntRange(min = 0, max = 12) int scale) {
        String s = Long.toString(digits);
        if (scale > 0) {
            while (s.length() <= scale) s = "0" + s;
            s = s.substring(0, s.length() - scale) + "." + s.substring(s.length() - scale);
        }
        assertThat(FoodDatabase.decimal(s)).isEqualTo(Double.parseDouble(s));
    }

    @Test
    void anythingElseIsLeftToParseDouble() {
        for (String s : new String[] {"0", "0.0", "12.", ".5", "1e3", "-2.5", "0.000000000000000000001", "12345678901234567.8"}) {
            assertThat(FoodDatabase.decimal(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }
}
