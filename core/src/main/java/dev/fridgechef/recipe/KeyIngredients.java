package dev.fridgechef.recipe;

import dev.fridgechef.food.Food;
import dev.fridgechef.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Key (main) ingredients: the ones without which a dish is not that dish. Built-in recipes mark
 * them by hand ({@code "key": true}); an imported recipe gets one by this heuristic: <b>the
 * heaviest required ingredient that is not a staple</b>, where staples are what seasons or
 * carries a dish rather than being it — spices and herbs (SR21 group 0200), fats and oils (0400),
 * salt, water, sugar, leavening, vinegar and stock. A recipe made only of staples gets no key.
 */
public final class KeyIngredients {
    private static final String SPICES_AND_HERBS = "0200";
    private static final String FATS_AND_OILS = "0400";
    /** Heads of SR21 descriptions (first comma segment) of staples outside those two groups. */
    private static final List<String> STAPLE_HEADS = List.of("salt", "water", "sugars", "sugar", "leavening agents", "vinegar",
            "soup stock", "soup chicken broth", "soup beef broth", "soup vegetable broth");

    private KeyIngredients() {
    }

    /** Whether this food only seasons or carries a dish: never a key ingredient. */
    public static boolean isStaple(Food food) {
        String group = food.group() == null ? "" : food.group().code();
        if (group.equals(SPICES_AND_HERBS) || group.equals(FATS_AND_OILS)) return true;
        String d = TextNormalizer.normalize(food.description());
        if (d.startsWith("beverages water") || d.startsWith("water ") || d.equals("water")) return true;
        String head = TextNormalizer.normalize(food.description().split(",")[0]);
        for (String s : STAPLE_HEADS) {
            if (head.equals(s)) return true;
        }
        // "Soup, stock, chicken, home-prepared", "Soup, chicken broth, ...": two segments make the head
        String[] segments = food.description().split(",");
        if (segments.length > 1) {
            String two = TextNormalizer.normalize(segments[0] + " " + segments[1]);
            for (String s : STAPLE_HEADS) {
                if (two.equals(s) || two.startsWith(s + " ")) return true;
            }
        }
        return false;
    }

    /** The recipe with its heaviest required non-staple ingredient marked key, unless some ingredient already is. */
    public static Recipe markHeaviest(Recipe recipe, List<Food> foods, double[] grams) {
        if (recipe.ingredients().stream().anyMatch(Recipe.Ingredient::key)) return recipe;
        int best = -1;
        for (int i = 0; i < foods.size(); i++) {
            if (recipe.ingredients().get(i).optional() || isStaple(foods.get(i))) continue;
            if (best < 0 || grams[i] > grams[best]) best = i;
        }
        if (best < 0) return recipe;
        List<Recipe.Ingredient> marked = new ArrayList<>(recipe.ingredients());
        marked.set(best, marked.get(best).asKey());
        return new Recipe(recipe.id(), recipe.title(), recipe.meals(), recipe.servings(), recipe.activeMinutes(),
                recipe.totalMinutes(), recipe.cuisine(), recipe.tags(), marked, recipe.steps());
    }
}
