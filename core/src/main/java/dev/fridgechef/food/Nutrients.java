package dev.fridgechef.food;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Amounts of every {@link Nutrient}; NaN means "not measured" (SR21 leaves such fields empty,
 * which is not the same as zero).
 */
public final class Nutrients {
    public static final Nutrients ZERO = new Nutrients(new double[Nutrient.values().length]);

    private final double[] values;

    private Nutrients(double[] values) {
        this.values = values;
    }

    public static Nutrients of(double[] values) {
        if (values.length != Nutrient.values().length) throw new IllegalArgumentException("expected " + Nutrient.values().length + " values");
        return new Nutrients(values.clone());
    }

    public double get(Nutrient n) {
        return values[n.ordinal()];
    }

    public boolean isKnown(Nutrient n) {
        return !Double.isNaN(values[n.ordinal()]);
    }

    /** The amount, or 0 when not measured: for sums where a missing figure must not poison the total. */
    public double getOrZero(Nutrient n) {
        double v = values[n.ordinal()];
        return Double.isNaN(v) ? 0 : v;
    }

    public Nutrients scaled(double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i] * factor;
        return new Nutrients(out);
    }

    /** Sum; a nutrient unknown on both sides stays unknown, unknown on one side counts as 0. */
    public Nutrients plus(Nutrients other) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double a = values[i];
            double b = other.values[i];
            out[i] = Double.isNaN(a) ? b : Double.isNaN(b) ? a : a + b;
        }
        return new Nutrients(out);
    }

    /** Known nutrients by key, in enum order (for JSON). */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (Nutrient n : Nutrient.values()) {
            if (isKnown(n)) map.put(n.key(), Math.round(get(n) * 1000) / 1000.0);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nutrients other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
