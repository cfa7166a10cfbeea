package dev.fridgechef.recipe;

import dev.fridgechef.food.LocalizedNames;

import java.util.List;
import java.util.Set;

/**
 * A recipe as written in the library (or imported): amounts are for all {@code servings}.
 * Nutrition, allergens and diet suitability are not stored: {@link RecipeFacts} derives them from
 * the ingredients' foods.
 */
public record Recipe(String id, LocalizedNames title, Set<MealType> meals, int servings, int activeMinutes,
                     int totalMinutes, String cuisine, List<String> tags, List<Ingredient> ingredients, Steps steps) {

    public Recipe {
        meals = Set.copyOf(meals);
        tags = tags == null ? List.of() : List.copyOf(tags);
        ingredients = List.copyOf(ingredients);
    }

    /**
     * One ingredient: {@code amount} {@code unit} of SR21 food {@code food}, for the whole recipe.
     * {@code key}: a main ingredient the dish is not itself without (JSON "key", default false).
     */
    public record Ingredient(String food, double amount, String unit, LocalizedNames name, boolean optional, boolean key) {
        public Ingredient(String food, double amount, String unit, LocalizedNames name, boolean optional) {
            this(food, amount, unit, name, optional, false);
        }
    }

    /** The method in English and Russian, step by step. */
    public record Steps(List<String> en, List<String> ru) {
        public Steps {
            en = en == null ? List.of() : List.copyOf(en);
            ru = ru == null ? List.of() : List.copyOf(ru);
        }
    }

    public String title(boolean russian) {
        String t = russian ? title.ru() : title.en();
        return t == null || t.isBlank() ? title.en() : t;
    }
}
