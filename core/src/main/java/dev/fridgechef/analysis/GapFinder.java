package dev.fridgechef.analysis;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.LocalizedNames;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Foods that would close a nutrient gap: stock items first (soonest to expire first, in an amount a
 * person eats at once and the stock holds, nothing expired), then single servings of library recipes; only what the
 * profile's diet, allergies and dislikes allow, and only what closes at least a quarter of the gap.
 */
final class GapFinder {
    static final int MAX_SUGGESTIONS = 3;
    /** The most of one stock food suggested for one day, in grams. */
    static final double PORTION_CAP_GRAMS = 300;
    /** The least suggested, so that a rich food is not offered by the gram. */
    static final double MIN_PORTION_GRAMS = 30;
    static final double MIN_SHARE = 0.25;

    private final List<StockEntry> stock;
    private final RecipeLibrary library;
    private final DietRules rules;
    private final LocalDate today;

    GapFinder(List<StockEntry> stock, RecipeLibrary library, DietRules rules, LocalDate today) {
        this.stock = stock;
        this.library = library;
        this.rules = rules;
        this.today = today;
    }

    List<DayAnalysis.Suggestion> fixes(Nutrient n, double missing) {
        if (!(missing > 0)) return List.of();
        List<DayAnalysis.Suggestion> out = new ArrayList<>(fromStock(n, missing));
        if (out.size() < MAX_SUGGESTIONS) out.addAll(fromRecipes(n, missing).stream().limit(MAX_SUGGESTIONS - out.size()).toList());
        return List.copyOf(out);
    }

    private List<DayAnalysis.Suggestion> fromStock(Nutrient n, double missing) {
        List<DayAnalysis.Suggestion> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<StockEntry> bySoonest = stock.stream()
                .sorted(Comparator.comparing((StockEntry e) -> e.item().expiresOn(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (StockEntry e : bySoonest) {
            Food food = e.food();
            boolean expired = e.item().expiresOn() != null && e.item().expiresOn().isBefore(today);
            if (expired || food == null || e.grams() == null || e.grams() <= 0 || !rules.allows(food) || !seen.add(food.id())) continue;
            double per100 = food.per100g().get(n);
            if (!(per100 > 0)) continue;
            double grams = Math.min(Math.min(Math.max(missing * 100 / per100, MIN_PORTION_GRAMS), e.grams()), PORTION_CAP_GRAMS);
            double gives = grams * per100 / 100;
            if (gives / missing < MIN_SHARE) continue;
            String name = e.item().name();
            candidates.add(new DayAnalysis.Suggestion(DayAnalysis.Suggestion.Source.STOCK, food.id(), new LocalizedNames(name, name), grams,
                    gives, Math.min(1, gives / missing), e.item().expiresOn()));
            if (candidates.size() == MAX_SUGGESTIONS) break;
        }
        return candidates;
    }

    private List<DayAnalysis.Suggestion> fromRecipes(Nutrient n, double missing) {
        return library.all().stream()
                .filter(r -> r.perServing().get(n) > 0 && r.perServing().get(n) / missing >= MIN_SHARE && r.allowedBy(rules))
                .sorted(Comparator.comparingDouble((RecipeFacts r) -> -Math.min(1, r.perServing().get(n) / missing))
                        .thenComparingDouble(RecipeFacts::energyPerServing).thenComparing(r -> r.recipe().id()))
                .map(r -> new DayAnalysis.Suggestion(DayAnalysis.Suggestion.Source.RECIPE, r.recipe().id(), r.recipe().title(), 1,
                        r.perServing().get(n), Math.min(1, r.perServing().get(n) / missing), null))
                .toList();
    }
}
