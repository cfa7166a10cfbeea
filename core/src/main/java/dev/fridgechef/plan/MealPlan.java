package dev.fridgechef.plan;

import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as shown and stored (its JSON form is documented in the README). Nutrition comes from the
 * food database; {@code fromStockGrams} and {@code toBuyGrams} say where each ingredient comes from.
 */
public record MealPlan(LocalDate start, int days, List<MealType> meals, double energyTarget, double proteinTarget,
                       List<Day> plan, List<ShoppingItem> shopping, List<Warning> warnings, Quality quality) {

    public record Day(LocalDate date, List<Meal> meals, double energy, double protein, double fat, double carbohydrate) {
    }

    public record Meal(MealType meal, String recipeId, String titleEn, String titleRu, double servings, double energy,
                       double protein, List<IngredientUse> ingredients) {
    }

    public record IngredientUse(String foodId, String nameEn, String nameRu, double grams, double fromStockGrams, double toBuyGrams) {
    }

    /** One line of the shopping list, summed over the plan; {@code quantity unit} is what to ask for in a shop. */
    public record ShoppingItem(String foodId, String nameEn, String nameRu, double grams, double quantity, String unit) {
    }

    /** Something the person should know, as a message key and its arguments. */
    public record Warning(String key, List<String> args) {
    }

    /** How good the plan is: the figures the planner optimises, for reports and benchmarks. */
    public record Quality(double cost, double worstEnergyError, double worstProteinError, double soonExpiringUsedShare,
                          double stockGramsUsed, double boughtGrams) {
    }
}
