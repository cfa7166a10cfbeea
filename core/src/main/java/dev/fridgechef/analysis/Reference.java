package dev.fridgechef.analysis;

import dev.fridgechef.food.Nutrient;

/**
 * What a day's amount of one nutrient is measured against. {@code amount} is the figure shown (the
 * target, RDA, AI or limit); below {@code low} is LOW, above {@code high} is HIGH (either may be
 * null: no such bound). {@code basis} is the message key saying where the figure comes from.
 */
public record Reference(Nutrient nutrient, Kind kind, double amount, Double low, Double high, String basis) {
    /** How far from a target a day may be and still count as on target. */
    public static final double TARGET_BAND = 0.10;

    public enum Kind {
        /** The profile's daily target (energy, macronutrients, fibre); OK within ±10 %. */
        TARGET,
        /** Recommended Dietary Allowance: LOW below it, HIGH above the UL when there is one. */
        RDA,
        /** Adequate Intake (no RDA exists): judged like an RDA. */
        AI,
        /** An amount to stay under (sodium, saturated fat): HIGH above it, never LOW. */
        LIMIT,
        /** Guidance shown but not judged: the database cannot tell what the guidance is about (sugars). */
        GUIDE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Reference intake(Nutrient n, Kind kind, double amount, Double upper, String basis) {
        return new Reference(n, kind, amount, amount, upper, basis);
    }

    static Reference target(Nutrient n, double amount, String basis) {
        return new Reference(n, Kind.TARGET, amount, amount * (1 - TARGET_BAND), amount * (1 + TARGET_BAND), basis);
    }

    static Reference limit(Nutrient n, double amount, String basis) {
        return new Reference(n, Kind.LIMIT, amount, null, amount, basis);
    }

    static Reference guide(Nutrient n, double amount, String basis) {
        return new Reference(n, Kind.GUIDE, amount, null, null, basis);
    }
}
