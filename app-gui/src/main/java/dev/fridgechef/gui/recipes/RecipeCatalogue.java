package dev.fridgechef.gui.recipes;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.diet.DietRules;
import dev.fridgechef.plan.CookService;
import dev.fridgechef.recipe.RecipeFacts;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rows the page filters, loaded on a worker thread: the whole library sorted by title, or in
 * "cook now" mode the recipes the stock covers best first.
 */
record RecipeCatalogue(List<RecipeRow> rows, int total, Set<String> favourites) {

    static RecipeCatalogue library(FridgeChef app, Locale locale, boolean russian) {
        DietRules rules = new DietRules(app.profiles().get());
        Collator collator = Collator.getInstance(locale);
        List<RecipeFacts> all = List.copyOf(app.recipes().library().all());
        List<RecipeRow> rows = all.stream().map(f -> RecipeRow.of(f, rules))
                .sorted(Comparator.comparing((RecipeRow r) -> r.title(russian), collator)).toList();
        return new RecipeCatalogue(rows, rows.size(), Set.copyOf(app.folders().favouriteRecipes()));
    }

    /** Only recipes the profile allows (the suggestions are those already) that miss at most {@code maxMissing} ingredients, best covered first. */
    static RecipeCatalogue cookNow(FridgeChef app, int maxMissing) {
        List<CookService.Suggestion> suggestions = app.cooking().suggestions(maxMissing);
        List<RecipeRow> rows = suggestions.stream().map(RecipeRow::suggested).toList();
        return new RecipeCatalogue(rows, rows.size(), Set.copyOf(app.folders().favouriteRecipes()));
    }
}
