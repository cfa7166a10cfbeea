package dev.fridgechef.plan;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.FoodFamilies;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeFacts;

import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "I cooked it", for the CLI and the app alike: the ingredients leave the stock and the planned meal
 * is marked cooked in one transaction, so a meal is never marked without its stock taken, taken twice,
 * or taken without its mark.
 */
public final class PlannedCooking {
    private final PlanService plans;
    private final PlanMarks marks;
    private final CookService cooking;
    private final InventoryService inventory;
    private final FoodDatabase foods;

    public PlannedCooking(PlanService plans, PlanMarks marks, CookService cooking, InventoryService inventory, FoodDatabase foods) {
        this.plans = plans;
        this.marks = marks;
        this.cooking = cooking;
        this.inventory = inventory;
        this.foods = foods;
    }

    /** A slot of a stored plan. */
    public record Slot(long planId, LocalDate day, MealType meal) {
    }

    /** What was cooked, what the stock gave, and the planned meal marked cooked with it, if any. */
    public record Result(String titleEn, String titleRu, double servings, InventoryService.Consumption consumption, Optional<Slot> marked) {
    }

    /** Cooks the meal planned for {@code meal} on {@code day} in the stored plan covering that day. */
    public Result cookPlanned(LocalDate day, MealType meal) {
        StoredPlan stored = plans.covering(day).orElseThrow(() -> new UserException("error.plan.none", day));
        return cookPlanned(stored, day, meal);
    }

    /** Cooks a planned meal; {@code servings} (null: as planned) scales the planned amounts. */
    public Result cookPlanned(long planId, LocalDate day, MealType meal, Double servings) {
        return cookPlanned(plans.get(planId).orElseThrow(() -> new UserException("error.plan.none", day)), day, meal, servings);
    }

    /**
     * Cooks a planned meal as {@link #cookPlanned(long, LocalDate, MealType, Double)} does, and runs
     * {@code alsoRecord} in the same transaction (the meal logged as eaten in the diary).
     */
    public Result cookPlanned(long planId, LocalDate day, MealType meal, Double servings, Consumer<Handle> alsoRecord) {
        return cookPlanned(plans.get(planId).orElseThrow(() -> new UserException("error.plan.none", day)), day, meal, servings, alsoRecord);
    }

    private Result cookPlanned(StoredPlan stored, LocalDate day, MealType meal) {
        return cookPlanned(stored, day, meal, null);
    }

    private Result cookPlanned(StoredPlan stored, LocalDate day, MealType meal, Double servings) {
        return cookPlanned(stored, day, meal, servings, h -> { });
    }

    private Result cookPlanned(StoredPlan stored, LocalDate day, MealType meal, Double servings, Consumer<Handle> alsoRecord) {
        MealPlan.Meal planned = mealAt(stored.plan(), day, meal)
                .orElseThrow(() -> new UserException("error.cooked.noslot", meal.key(), day));
        double portions = servings != null ? servings : planned.servings();
        CookService.checkServings(portions);
        double scale = planned.servings() > 0 ? portions / planned.servings() : 1;
        Map<Food, Double> grams = new LinkedHashMap<>();
        for (MealPlan.IngredientUse use : planned.ingredients()) {
            foods.byId(use.foodId()).ifPresent(f -> grams.merge(f, use.grams() * scale, Double::sum));
        }
        Slot slot = new Slot(stored.id(), day, meal);
        var consumption = inventory.consume(grams, FoodFamilies::familyOf, h -> {
            mark(h, slot, planned.recipeId());
            alsoRecord.accept(h);
        });
        return new Result(planned.titleEn(), planned.titleRu(), portions, consumption, Optional.of(slot));
    }

    /**
     * Cooks a library recipe; when today's stored plan has this recipe in a slot not yet cooked, that
     * slot is marked cooked with it.
     */
    public Result cookRecipe(String recipeId, Double servings) {
        RecipeFacts r = cooking.recipe(recipeId);
        double portions = servings != null ? servings : r.recipe().servings();
        LocalDate today = inventory.today();
        Optional<Slot> slot = plans.covering(today).flatMap(p -> p.plan().plan().stream()
                .filter(d -> d.date().equals(today)).flatMap(d -> d.meals().stream())
                .filter(m -> recipeId.equals(m.recipeId()) && !PlanMarks.isCooked(marks.cookedMeals(p.id()), today, m))
                .map(m -> new Slot(p.id(), today, m.meal())).findFirst());
        var consumption = cooking.cooked(r, portions, h -> slot.ifPresent(s -> mark(h, s, recipeId)));
        return new Result(r.recipe().title(false), r.recipe().title(true), portions, consumption, slot);
    }

    private void mark(org.jdbi.v3.core.Handle h, Slot slot, String recipeId) {
        if (PlanMarks.isCooked(h, slot.planId(), slot.day(), slot.meal(), recipeId)) {
            throw new UserException("error.cooked.already", slot.meal().key(), slot.day());
        }
        marks.cooked(h, slot.planId(), slot.day(), slot.meal(), recipeId);
    }

    /** The meal planned in that slot, if any. */
    public static Optional<MealPlan.Meal> mealAt(MealPlan plan, LocalDate day, MealType meal) {
        return plan.plan().stream().filter(d -> d.date().equals(day)).flatMap(d -> d.meals().stream())
                .filter(m -> m.meal() == meal).findFirst();
    }
}
