package dev.fridgechef.diary;

import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanMarks;
import dev.fridgechef.plan.PlanService;
import dev.fridgechef.plan.PlannedCooking;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.unit.QuantityParser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "I ate the planned lunch": the meal goes into the diary with the person's share of its foods. When
 * it was to be cooked from the stock and is not marked cooked yet, it is cooked now, once: the
 * ingredients leave the stock, the meal is marked cooked and the diary entry is written in one
 * transaction. A meal already cooked, or leftovers of one, takes nothing from the stock again.
 */
public final class PlannedEating {
    private final DiaryService diary;
    private final PlanService plans;
    private final PlanMarks marks;
    private final PlannedCooking cooking;
    private final FoodDatabase foods;

    public PlannedEating(DiaryService diary, PlanService plans, PlanMarks marks, PlannedCooking cooking, FoodDatabase foods) {
        this.diary = diary;
        this.plans = plans;
        this.marks = marks;
        this.cooking = cooking;
        this.foods = foods;
    }

    /** The same, with the diary's changes recorded as made by {@code actor}. */
    public PlannedEating as(String actor) {
        return new PlannedEating(diary.as(actor), plans, marks, cooking, foods);
    }

    /** The entry logged, and what the stock gave when the meal was cooked now (empty when it was not). */
    public record Eaten(LoggedEntry logged, Optional<PlannedCooking.Result> cooked) {
    }

    /**
     * Logs the meal planned for {@code meal} on {@code day}; {@code servings} (null: as planned) are the
     * person's (the dish is cooked as planned); {@code at} (null: the day at the meal's usual time, or now for today) when it was eaten.
     */
    public Eaten ate(LocalDate day, MealType meal, Double servings, LocalDateTime at, double percent) {
        EatenPercent.check(percent, percent);
        StoredPlan stored = plans.covering(day).orElseThrow(() -> new UserException("error.plan.none", day));
        MealPlan.Meal planned = PlannedCooking.mealAt(stored.plan(), day, meal)
                .orElseThrow(() -> new UserException("error.cooked.noslot", meal.key(), day));
        double portions = servings != null ? servings : planned.servings();
        EntryResolver.checkServings(portions);
        NewEntry entry = new NewEntry(EntryKind.RECIPE, planned.recipeId(), null, planned.titleEn(), planned.titleRu(), QuantityParser.round(portions), null,
                eatenPortions(planned, portions / planned.servings()));
        LocalDateTime when = at != null ? at : day.equals(diary.now().toLocalDate()) ? null
                : day.atTime(MealTimes.timeFor(meal, diary.now().toLocalTime()));
        boolean cookNow = !planned.leftover() && !PlanMarks.isCooked(marks.cookedMeals(stored.id()), day, planned);
        if (!cookNow) return new Eaten(diary.log(entry, when, meal, percent), Optional.empty());
        long[] id = new long[1];
        PlannedCooking.Result result = cooking.cookPlanned(stored.id(), day, meal, null,
                h -> id[0] = diary.log(h, entry, when, meal, percent));
        return new Eaten(diary.entry(id[0]), Optional.of(result));
    }

    /**
     * The person's share of the meal's foods: the ingredients are the whole dish cooked (for the
     * household and planned leftovers), or for leftovers the household's share; the plan's energy
     * for the person's servings gives the share when the cooked servings do not.
     */
    private List<FoodPortion> eatenPortions(MealPlan.Meal planned, double scale) {
        Map<String, Double> grams = new LinkedHashMap<>();
        for (MealPlan.IngredientUse use : planned.ingredients()) grams.merge(use.eatenFoodId(), use.grams(), Double::sum);
        double share;
        if (!planned.leftover() && planned.cookServings() > 0) {
            share = planned.servings() / planned.cookServings();
        } else {
            Nutrients all = Nutrients.ZERO;
            for (var e : grams.entrySet()) {
                all = all.plus(foods.byId(e.getKey()).orElseThrow().per100g().scaled(e.getValue() / 100));
            }
            double energy = all.getOrZero(Nutrient.ENERGY);
            share = energy > 0 ? planned.energy() / energy : 1;
        }
        double factor = share * scale;
        return grams.entrySet().stream().map(e -> FoodPortion.grams(e.getKey(), QuantityParser.round(e.getValue() * factor))).toList();
    }
}
