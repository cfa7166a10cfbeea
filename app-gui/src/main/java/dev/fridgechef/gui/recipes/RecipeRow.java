package dev.fridgechef.gui.recipes;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
import dev.fridgechef.plan.CookService;
import dev.fridgechef.recipe.Recipe;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One line of the recipe list: the recipe, whether it suits the profile, the words a search can
 * match (titles and ingredients in both languages) and, in "cook now" mode, how much the stock covers.
 */
record RecipeRow(RecipeFacts facts, boolean suits, Set<String> words, CookService.Suggestion suggestion) {

    static RecipeRow of(RecipeFacts facts, DietRules rules) {
        return new RecipeRow(facts, facts.allowedBy(rules), searchWords(facts), null);
    }

    /** A cook-now suggestion: suggestions only hold recipes the profile allows. */
    static RecipeRow suggested(CookService.Suggestion suggestion) {
        return new RecipeRow(suggestion.recipe(), true, searchWords(suggestion.recipe()), suggestion);
    }

    Recipe recipe() {
        return facts.recipe();
    }

    String title(boolean russian) {
        return facts.recipe().title(russian);
    }

    boolean imported() {
        return facts.recipe().tags().contains("imported") || facts.recipe().id().startsWith("imported-");
    }

    /** Every query word must start a word of the recipe ("гречка" finds "гречкой", "buck" finds "buckwheat"). */
    boolean matches(List<String> queryStems) {
        for (String stem : queryStems) {
            boolean found = false;
            for (String w : words) {
                if (w.startsWith(stem)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    private static Set<String> searchWords(RecipeFacts facts) {
        List<String> texts = new ArrayList<>(List.of(facts.recipe().title().en(), nullToEmpty(facts.recipe().title().ru())));
        for (Recipe.Ingredient i : facts.recipe().ingredients()) {
            if (i.name() != null) texts.addAll(List.of(nullToEmpty(i.name().en()), nullToEmpty(i.name().ru())));
        }
        for (Food f : facts.foods()) texts.addAll(List.of(f.displayName(false), f.displayName(true)));
        Set<String> words = new TreeSet<>();
        for (String t : texts) words.addAll(TextNormalizer.tokens(t));
        return Set.copyOf(words);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
