package dev.fridgechef.analysis;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One eating session closed: {@code session} is the session's own energy, macronutrients and fibre
 * against {@code share} of the day's targets (its meal type's usual share), with the foods that gave
 * most; {@code daySoFar} is everything eaten that day up to and including the session, analysed as
 * a day against the day's references, from which come what the rest of the day still needs (with
 * foods from the stock or the library that would give it) and what is already over a limit for the
 * whole day. Vitamins and minerals are not judged per meal: a meal is not meant to hold a share of
 * each, so they are left to closing the day.
 */
public record SessionAnalysis(long sessionId, LocalTime time, MealType meal, double share, DayAnalysis session, DayAnalysis daySoFar) {
    /** The nutrients a meal is judged on: the ones with a daily target from the profile. */
    public static final List<Nutrient> MEAL_NUTRIENTS = List.of(Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FAT, Nutrient.CARBOHYDRATE, Nutrient.FIBER);

    /**
     * What the day still needs of one nutrient after the session: the day's {@code target}, the
     * {@code eatenSoFar} (this session included), its status for the day so far and, when it is LOW,
     * foods that would close the rest.
     */
    public record Left(Nutrient nutrient, double target, double eatenSoFar, DayAnalysis.Status status, List<DayAnalysis.Suggestion> fixes) {
        public Left {
            fixes = List.copyOf(fixes);
        }

        /** What is left to eat to reach the target; 0 once it is reached. */
        public double left() {
            return Math.max(0, target - eatenSoFar);
        }

        /** How far the day so far is over the target; 0 when it is not. */
        public double over() {
            return Math.max(0, eatenSoFar - target);
        }
    }

    public LocalDate date() {
        return session.date();
    }

    /**
     * The nutrients the rest of the day gets foods suggested for: energy, protein and fibre. Fat and
     * carbohydrate come with any meal that gives the energy; a dish picked for its fat alone is not advice.
     */
    public static final List<Nutrient> SUGGESTED_FOR = List.of(Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FIBER);

    /** The rest of the day for energy, macronutrients and fibre (foods only for {@link #SUGGESTED_FOR}); empty when the profile gives no targets. */
    public List<Left> restOfDay() {
        if (!daySoFar.targetsKnown()) return List.of();
        return MEAL_NUTRIENTS.stream().map(n -> daySoFar.result(n).orElseThrow()).filter(r -> r.reference() != null)
                .map(r -> new Left(r.nutrient(), r.reference().amount(), r.amount(), r.status(),
                        SUGGESTED_FOR.contains(r.nutrient()) ? r.fixes() : List.of())).toList();
    }

    /** Nutrients the day so far is already over a limit or upper intake on (more food can only add), energy and macronutrients aside. */
    public List<DayAnalysis.NutrientResult> overForTheDay() {
        return daySoFar.withStatus(DayAnalysis.Status.HIGH).stream().filter(r -> !MEAL_NUTRIENTS.contains(r.nutrient())).toList();
    }
}
