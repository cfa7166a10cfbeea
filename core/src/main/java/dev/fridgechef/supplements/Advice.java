package dev.fridgechef.supplements;

import dev.fridgechef.profile.LifeStage;

import java.util.List;

/**
 * Supplement advice for one person: food first, then the supplements suggested, then those left out
 * and why. Front ends show {@link #DISCLAIMER_KEY} once.
 */
public record Advice(LifeStage lifeStage, List<FoodFirst> foodFirst, List<Suggestion> suggested, List<Exclusion> excluded) {
    public static final String DISCLAIMER_KEY = "supplements.disclaimer";

    public Advice {
        foodFirst = List.copyOf(foodFirst);
        suggested = List.copyOf(suggested);
        excluded = List.copyOf(excluded);
    }

    /**
     * Food for a rule's nutrient: {@code missing} is the known gap (null when none is known),
     * {@code dailyTarget} a daily amount from food (protein), {@code offers} foods at hand that close the
     * gap, {@code foods} the kinds of food that supply it in the person's diet (null when the rule names none).
     */
    public record FoodFirst(SupplementRule rule, Double missing, Double dailyTarget, Double perKg, List<FoodSources.Offer> offers,
                            LocalText foods) {
        public FoodFirst {
            offers = List.copyOf(offers);
        }

        public boolean closesGap() {
            return missing != null && !offers.isEmpty();
        }
    }

    /** Why a supplement is suggested: the basis and the value that matched (a diet key, a gap amount ...). */
    public record Reason(Basis basis, String key, Double amount) {
    }

    public enum Basis { ALWAYS, DIET, ACTIVITY, GOAL, CONDITION, MEDICATION, LIFE_STAGE, GAP }

    /**
     * The daily dose for the person: {@code perKg} × {@code weightKg} when per kg, {@code gap} when it
     * closes a gap; {@code capped} when the upper limit cut it.
     */
    public record Dose(double amount, String unit, Double perKg, Double weightKg, Double gap, boolean capped) {
    }

    /** {@code limit} is the person's upper limit in the dose unit, null when none is set. */
    public record Suggestion(SupplementRule rule, Dose dose, Double limit, List<Reason> because, List<SupplementRule.Check> cautions) {
        public Suggestion {
            because = List.copyOf(because);
            cautions = List.copyOf(cautions);
        }
    }

    public enum Why { CONTRAINDICATED, AGE_NOT_SET, WEIGHT_NOT_SET }

    /** A supplement left out: the checks that exclude it (for AGE_NOT_SET, the ones for under 18). */
    public record Exclusion(SupplementRule rule, Why why, List<SupplementRule.Check> reasons) {
        public Exclusion {
            reasons = List.copyOf(reasons);
        }
    }
}
