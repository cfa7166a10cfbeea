package dev.fridgechef.gui.recipes;

import dev.fridgechef.recipe.MealType;
import dev.fridgechef.text.TextNormalizer;

import java.util.List;

/**
 * What the person narrowed the list to. {@code meal} and {@code maxActiveMinutes} are null for
 * "any"; {@code suitsProfileOnly} hides recipes the profile's allergies, diet or dislikes rule out.
 */
record RecipeFilter(String query, MealType meal, DietFilter diet, Integer maxActiveMinutes, boolean suitsProfileOnly) {
    List<RecipeRow> apply(List<RecipeRow> rows) {
        List<String> stems = TextNormalizer.stems(query);
        return rows.stream().filter(r -> test(r, stems)).toList();
    }

    private boolean test(RecipeRow row, List<String> stems) {
        if (meal != null && !row.recipe().meals().contains(meal)) return false;
        if (maxActiveMinutes != null && row.recipe().activeMinutes() > maxActiveMinutes) return false;
        if (suitsProfileOnly && !row.suits()) return false;
        if (!diet.test(row.facts())) return false;
        return row.matches(stems);
    }
}
