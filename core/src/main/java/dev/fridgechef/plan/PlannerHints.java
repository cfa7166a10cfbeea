package dev.fridgechef.plan;

import dev.fridgechef.recipe.MealType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the person's diary tells the planner: recipes usually left unfinished (planned less often) and
 * meals the person regularly skips (left out of the default meals, with a note saying so).
 */
public record PlannerHints(Set<String> leftUnfinished, List<SkippedMeal> skippedMeals) {
    public static final PlannerHints NONE = new PlannerHints(Set.of(), List.of());

    public PlannerHints {
        leftUnfinished = Set.copyOf(leftUnfinished);
        skippedMeals = List.copyOf(skippedMeals);
    }

    /** A meal logged on {@code days} of the {@code loggedDays} days with anything logged. */
    public record SkippedMeal(MealType meal, int days, int loggedDays) {
        private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile(
                "(breakfast|lunch|dinner|snack) left out: you log it on (\\d+) of (\\d+) days; ask with --meals to plan it");

        /** The plan's note (English, as plan notes are kept) saying this meal was left out. */
        public String note() {
            return meal.key() + " left out: you log it on " + days + " of " + loggedDays + " days; ask with --meals to plan it";
        }

        /** The meal a plan's note says was left out, so a front end can say it in the person's language; empty for other notes. */
        public static java.util.Optional<SkippedMeal> fromNote(String note) {
            java.util.regex.Matcher m = NOTE.matcher(note);
            if (!m.matches()) return java.util.Optional.empty();
            return java.util.Optional.of(new SkippedMeal(MealType.parse(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
    }

    /** The default meals without the skipped ones, unless that leaves none. */
    List<MealType> meals(List<MealType> defaults) {
        List<MealType> kept = new ArrayList<>(defaults);
        kept.removeIf(m -> skipped(m) != null);
        return kept.isEmpty() ? defaults : List.copyOf(kept);
    }

    /** The notes for the meals {@link #meals} leaves out of {@code defaults}. */
    List<String> notes(List<MealType> defaults) {
        List<MealType> kept = meals(defaults);
        return defaults.stream().filter(m -> !kept.contains(m)).map(m -> skipped(m).note()).toList();
    }

    private SkippedMeal skipped(MealType meal) {
        return skippedMeals.stream().filter(s -> s.meal() == meal).findFirst().orElse(null);
    }
}
