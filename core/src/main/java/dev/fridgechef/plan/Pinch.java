package dev.fridgechef.plan;

import dev.fridgechef.recipe.Recipe;
import dev.fridgechef.recipe.RecipeFacts;

import java.util.Locale;

/**
 * A pinch: a recipe ingredient the dish still makes sense without — not a key ingredient, at most
 * {@link #GRAMS} a serving (a spice, a spoonful of a sauce, a grating of cheese) and not named in
 * the recipe's title (no "honey-garlic salmon" without honey), and never an egg (it binds a dish). With {@code --shop few} or
 * {@code none}, a pinch that is neither at home nor on the shopping list anyway is left out rather
 * than bought; the meal says so and its nutrition is counted without it.
 */
public final class Pinch {
    public static final double GRAMS = 15;

    private Pinch() {
    }

    public static boolean is(RecipeFacts facts, int ingredient) {
        Recipe.Ingredient i = facts.recipe().ingredients().get(ingredient);
        if (i.key() || i.optional() || facts.gramsFor(ingredient, 1) > GRAMS) return false;
        if (facts.foods().get(ingredient).description().startsWith("Egg,")) return false;
        String title = (facts.recipe().title().en() + " " + facts.recipe().id()).toLowerCase(Locale.ROOT);
        String name = i.name() == null || i.name().en() == null ? "" : i.name().en().toLowerCase(Locale.ROOT);
        for (String word : name.split("[^\\p{L}]+")) {
            if (word.length() < 4) continue;
            String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (title.contains(stem)) return false;
        }
        return true;
    }
}
