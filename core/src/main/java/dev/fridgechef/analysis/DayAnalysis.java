package dev.fridgechef.analysis;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.LocalizedNames;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.Sex;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One day's eating measured against the person's references, nutrient by nutrient, every figure
 * computed from the food database. {@code unknownFoods} are eaten entries whose food id the
 * database does not have: they count in no total and lower every nutrient's coverage. {@code sex}
 * and {@code age} (null when the profile lacks them) chose the reference intakes.
 */
public record DayAnalysis(LocalDate date, Sex sex, Integer age, boolean targetsKnown, List<Eaten> eaten, List<Eaten> unknownFoods,
                          List<NutrientResult> nutrients) {

    public DayAnalysis {
        eaten = List.copyOf(eaten);
        unknownFoods = List.copyOf(unknownFoods);
        nutrients = List.copyOf(nutrients);
    }

    public enum Status {
        LOW, OK, HIGH,
        /** Some eaten food has no figure for this nutrient, and what is known does not settle the status. */
        UNKNOWN,
        /** No reference to judge against (cholesterol, a guide such as sugars, or no age in the profile). */
        NOT_JUDGED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The day's {@code amount} of one nutrient (the sum over the foods that have a figure for it),
     * the share of the eaten grams that have one ({@code coverage}, 1 when all do) and the foods that
     * lack it, the reference (null when none), the largest contributors and, for a LOW one, up to
     * three ways to close the gap.
     */
    public record NutrientResult(Nutrient nutrient, double amount, double coverage, List<LocalizedNames> lacking, Reference reference,
                                 Status status, List<Contribution> top, List<Suggestion> fixes) {
        public NutrientResult {
            lacking = List.copyOf(lacking);
            top = List.copyOf(top);
            fixes = List.copyOf(fixes);
        }

        NutrientResult withFixes(List<Suggestion> newFixes) {
            return new NutrientResult(nutrient, amount, coverage, lacking, reference, status, top, newFixes);
        }

        /** The amount as a percentage of the reference amount, when there is a reference. */
        public Optional<Double> percentOfReference() {
            return reference == null || reference.amount() <= 0 ? Optional.empty() : Optional.of(100 * amount / reference.amount());
        }

        /** How much is missing to reach the reference amount (the target itself, not the bottom of its band); 0 for a limit. */
        public double missing() {
            return reference == null || reference.low() == null ? 0 : Math.max(0, reference.amount() - amount);
        }
    }

    /** One eaten food's part in a nutrient's total: {@code share} of the day's amount (0–1). */
    public record Contribution(Food food, String dish, double amount, double share) {
    }

    /**
     * A way to close a gap: {@code amount} grams of a stock item (soonest to expire first) or one
     * serving ({@code amount} 1) of a library recipe, giving {@code gives} of the nutrient, which is
     * {@code shareOfGap} of what is missing (capped at 1).
     */
    public record Suggestion(Source source, String id, LocalizedNames name, double amount, double gives, double shareOfGap,
                             LocalDate expiresOn) {
        public enum Source { STOCK, RECIPE }
    }

    public Optional<NutrientResult> result(Nutrient n) {
        return nutrients.stream().filter(r -> r.nutrient() == n).findFirst();
    }

    public List<NutrientResult> withStatus(Status status) {
        return nutrients.stream().filter(r -> r.status() == status).toList();
    }

    public double energy() {
        return result(Nutrient.ENERGY).map(NutrientResult::amount).orElse(0.0);
    }
}
