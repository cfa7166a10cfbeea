package dev.fridgechef.plan;

import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.util.List;

/** What the person asked for; {@code fresh} skips the stored plan and plans again. */
public record PlanOptions(LocalDate start, int days, List<MealType> meals, boolean fresh) {
    /** The options as part of the cache key (with the planner's version: a better planner is a new plan). */
    String key() {
        return "offline-v1;start=" + start + ";days=" + days + ";meals=" + String.join(",", meals.stream().map(MealType::key).toList());
    }
}
