package dev.fridgechef.gui.plan;

import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanMarks;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.RecipeFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the Plan page shows, loaded together off the FX thread: the plan, its marks, the
 * person's targets ({@code null} while the profile is incomplete) and the recipes of its meals.
 */
record PlanData(StoredPlan stored, List<PlanMarks.CookedMeal> cooked, Set<String> checked, Targets targets,
                Map<String, RecipeFacts> recipes) {

    MealPlan plan() {
        return stored.plan();
    }

    boolean cooked(LocalDate day, MealPlan.Meal meal) {
        return PlanMarks.isCooked(cooked, day, meal);
    }

    /** The recipe book's recipe behind a meal; empty for a dish an AI wrote. */
    Optional<RecipeFacts> recipe(MealPlan.Meal meal) {
        return Optional.ofNullable(recipes.get(meal.recipeId()));
    }
}
