package dev.fridgechef.server.plan;

import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.recipe.MealType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored plan as the API shows it: days, their meals (one dish each) with ingredients (food ids,
 * grams, how much from stock and how much to buy), each day's nutrition as the planner computed it
 * from the food database (the person's share, per day), the shopping list and warnings in English.
 * {@code cached}: answered from the shared plan cache without planning.
 */
public record PlanView(UUID id, Instant createdAt, UUID createdBy, boolean cached, LocalDate start, LocalDate end, List<String> meals,
                       int people, String shop, double energyTargetKcal, double proteinTargetG, List<DayView> days,
                       List<ShoppingView> shopping, List<String> warnings) {

    public record DayView(LocalDate date, Nutrition nutrition, List<MealView> meals) {
    }

    public record Nutrition(double energyKcal, double proteinG, double fatG, double carbohydrateG) {
    }

    /** {@code servings}: the person's; {@code cookServings}: cooked for the household (0 when the meal eats leftovers from {@code leftoverFrom}). */
    public record MealView(String meal, String recipeId, String title, String titleRu, double servings, double cookServings,
                           LocalDate leftoverFrom, int activeMinutes, double energyKcal, double proteinG, List<IngredientView> ingredients) {
    }

    /** {@code usedFoodId}: the stock food standing in for the recipe's {@code foodId}, or null. */
    public record IngredientView(String foodId, String name, double grams, double fromStockGrams, double toBuyGrams, String usedFoodId,
                                 boolean staple) {
    }

    public record ShoppingView(String foodId, String name, double grams, double quantity, String unit, String section) {
    }

    public static PlanView of(StoredPlan stored, FoodDatabase foods) {
        MealPlan p = stored.plan();
        Messages english = Messages.english();
        List<DayView> days = p.plan().stream().map(d -> new DayView(d.date(),
                new Nutrition(d.energy(), d.protein(), d.fat(), d.carbohydrate()),
                d.meals().stream().map(m -> new MealView(m.meal().key(), m.recipeId(), m.titleEn(), m.titleRu(), m.servings(),
                        m.cookServings(), m.leftoverFrom(), m.activeMinutes(), m.energy(), m.protein(),
                        m.ingredients().stream().map(u -> new IngredientView(u.foodId(), u.nameEn(), u.grams(), u.fromStockGrams(),
                                u.toBuyGrams(), u.usedFoodId(), u.staple())).toList())).toList())).toList();
        List<ShoppingView> shopping = p.shopping().stream()
                .map(s -> new ShoppingView(s.foodId(), s.nameEn(), s.grams(), s.quantity(), s.unit(), s.section())).toList();
        return new PlanView(stored.id(), stored.createdAt(), stored.createdBy(), stored.cached(), p.start(),
                p.start().plusDays(p.days() - 1L), p.meals().stream().map(MealType::key).toList(), p.people(), p.shop(), p.energyTarget(),
                p.proteinTarget(), days, shopping, p.warnings().stream().map(w -> w.text(english, foods)).toList());
    }
}
