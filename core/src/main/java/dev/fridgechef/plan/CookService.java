package dev.fridgechef.plan;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodFamilies;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.inventory.StockRules;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** "What can I cook now" and "I cooked it": recipes against the stock. */
public final class CookService {
    private final InventoryService inventory;
    private final ProfileService profiles;
    private final Supplier<RecipeLibrary> library;
    private PantryService pantry;

    public CookService(InventoryService inventory, ProfileService profiles, Supplier<RecipeLibrary> library) {
        this.inventory = inventory;
        this.profiles = profiles;
        this.library = library;
    }

    /** The pantry whose staples count as at home (without one: the default staples). */
    public CookService withPantry(PantryService staples) {
        this.pantry = staples;
        return this;
    }

    /**
     * A recipe with how much of it the stock covers. {@code keyInStock}: every key ingredient (marked
     * in the recipe data; without marks, the heaviest non-staple ingredient) is in stock;
     * {@code rescues}: stock expiring within 3 days the dish would use; {@code score} ranks.
     */
    public record Suggestion(RecipeFacts recipe, double coverage, double expiringShare, double score, List<Missing> missing,
                             boolean keyInStock, List<Missing> rescues) {
    }

    public record Missing(String foodId, String nameEn, String nameRu, double grams) {
    }

    /** Recipes the profile allows, ranked by stock coverage (weighted towards what expires within 3 days). */
    public List<Suggestion> suggestions(int maxMissing) {
        return suggestions(maxMissing, null);
    }

    /**
     * Recipes the profile allows for {@code meal} (null: any), ranked: key ingredients in stock first,
     * then by the grams of soon-expiring stock (within 3 days) the dish rescues, then by coverage.
     * Stock stands in by family ({@link dev.fridgechef.food.FoodFamilies}); staples count as at home.
     */
    public List<Suggestion> suggestions(int maxMissing, dev.fridgechef.recipe.MealType meal) {
        return rank(library.get().all(), new DietRules(profiles.get()), inventory.list(), inventory.today(),
                pantry == null ? Pantry.DEFAULT_STAPLES : pantry.ids(), maxMissing, meal);
    }

    /** {@link #suggestions(int, dev.fridgechef.recipe.MealType)} over any recipes, rules, stock and staples. */
    static List<Suggestion> rank(java.util.Collection<RecipeFacts> recipes, DietRules rules, List<StockEntry> stock, LocalDate today,
                                 java.util.Set<String> staples, int maxMissing, dev.fridgechef.recipe.MealType meal) {
        Map<String, List<StockEntry>> inStock = available(stock, rules, today);
        List<Suggestion> out = new ArrayList<>();
        for (RecipeFacts r : recipes) {
            if (!r.allowedBy(rules)) continue;
            if (meal != null && !r.recipe().meals().contains(meal)) continue;
            Map<Long, Double> taken = new HashMap<>(); // grams this recipe has taken from each item
            double total = 0;
            double covered = 0;
            double expiring = 0;
            List<Missing> missing = new ArrayList<>();
            Map<String, double[]> rescued = new java.util.LinkedHashMap<>();
            java.util.Set<Integer> keys = keyIngredients(r, staples);
            boolean keyInStock = true;
            for (int i = 0; i < r.foods().size(); i++) {
                if (r.recipe().ingredients().get(i).optional()) continue;
                Food f = r.foods().get(i);
                double need = r.grams()[i];
                if (staples.contains(f.id())) continue; // assumed at home
                total += need;
                double got = 0;
                for (StockEntry e : inStock.getOrDefault(FoodFamilies.familyOf(f), List.of())) {
                    if (got >= need) break;
                    if (FoodFamilies.get().exactIn(r.recipe().id(), f.id()) && !e.food().id().equals(f.id())) continue;
                    double left = e.grams() - taken.getOrDefault(e.item().id(), 0.0);
                    double take = Math.min(need - got, left);
                    if (take <= 0) continue;
                    taken.merge(e.item().id(), take, Double::sum);
                    got += take;
                    Long days = e.daysToExpiry(today);
                    if (days != null && days <= 3) {
                        expiring += take;
                        rescued.computeIfAbsent(e.food().id(), k -> new double[1])[0] += take;
                    }
                }
                covered += got;
                if (need - got > 0.5) missing.add(new Missing(f.id(), f.displayName(false), f.displayName(true), need - got));
                if (keys.contains(i) && got < need * 0.9) keyInStock = false;
            }
            if (missing.size() > maxMissing || total == 0) continue;
            List<Missing> rescues = new ArrayList<>();
            rescued.forEach((id, g) -> {
                Food f = stock.stream().map(StockEntry::food).filter(x -> x != null && x.id().equals(id)).findFirst().orElseThrow();
                rescues.add(new Missing(id, f.displayName(false), f.displayName(true), g[0]));
            });
            double coverage = covered / total;
            double expiringShare = expiring / total;
            double score = (keyInStock ? 10 : 0) + expiring / 100 + coverage;
            out.add(new Suggestion(r, coverage, expiringShare, score, missing, keyInStock, rescues));
        }
        out.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.recipe().recipe().id()));
        return out;
    }

    /** The meal a clock time suggests: breakfast before 11, lunch before 16, dinner before 21, else a snack. */
    public static dev.fridgechef.recipe.MealType mealAt(java.time.LocalTime time) {
        int h = time.getHour();
        if (h >= 5 && h < 11) return dev.fridgechef.recipe.MealType.BREAKFAST;
        if (h >= 11 && h < 16) return dev.fridgechef.recipe.MealType.LUNCH;
        if (h >= 16 && h < 21) return dev.fridgechef.recipe.MealType.DINNER;
        return dev.fridgechef.recipe.MealType.SNACK;
    }

    /** The indexes of a recipe's key ingredients: those marked "key", else the heaviest non-staple required one. */
    static java.util.Set<Integer> keyIngredients(RecipeFacts r, java.util.Set<String> staples) {
        java.util.Set<Integer> keys = new java.util.HashSet<>();
        int heaviest = -1;
        for (int i = 0; i < r.foods().size(); i++) {
            var ing = r.recipe().ingredients().get(i);
            if (ing.optional()) continue;
            if (ing.key()) keys.add(i);
            if (!staples.contains(r.foods().get(i).id()) && (heaviest < 0 || r.grams()[i] > r.grams()[heaviest])) heaviest = i;
        }
        if (keys.isEmpty() && heaviest >= 0) keys.add(heaviest);
        return keys;
    }

    /** Usable stock items per food family, soonest expiry first. */
    private static Map<String, List<StockEntry>> available(List<StockEntry> stock, DietRules rules, LocalDate today) {
        Map<String, List<StockEntry>> out = new HashMap<>();
        for (StockEntry e : stock) {
            if (!StockRules.usable(e, today) || !rules.allows(e.food())) continue;
            out.computeIfAbsent(FoodFamilies.familyOf(e.food()), k -> new ArrayList<>()).add(e);
        }
        for (List<StockEntry> l : out.values()) {
            l.sort(Comparator.comparing((StockEntry e) -> e.item().expiresOn(), Comparator.nullsLast(Comparator.naturalOrder())));
        }
        return out;
    }

    /** The recipe with id {@code recipeId}; a {@link UserException} ("error.recipe.unknown") if there is none. */
    public RecipeFacts recipe(String recipeId) {
        return library.get().byId(recipeId).orElseThrow(() -> new UserException("error.recipe.unknown", recipeId));
    }

    /** Takes a cooked recipe's ingredients (scaled to {@code servings}) out of the stock, soonest expiry first. */
    public InventoryService.Consumption cooked(String recipeId, double servings) {
        return cooked(recipe(recipeId), servings);
    }

    /** As {@link #cooked(String, double)}, for a recipe already looked up with {@link #recipe(String)}. */
    public InventoryService.Consumption cooked(RecipeFacts r, double servings) {
        return cooked(r, servings, h -> { });
    }

    /** As {@link #cooked(RecipeFacts, double)}, with {@code alsoRecord} written in the same transaction. */
    InventoryService.Consumption cooked(RecipeFacts r, double servings, java.util.function.Consumer<org.jdbi.v3.core.Handle> alsoRecord) {
        checkServings(servings);
        Map<Food, Double> grams = new java.util.LinkedHashMap<>();
        for (int i = 0; i < r.foods().size(); i++) {
            if (r.recipe().ingredients().get(i).optional()) continue;
            grams.merge(r.foods().get(i), r.gramsFor(i, servings), Double::sum);
        }
        return inventory.consume(grams, FoodFamilies::familyOf, alsoRecord);
    }

    /** Servings cooked at once: more than none, at most 50. */
    static void checkServings(double servings) {
        if (!(servings > 0) || servings > 50) throw new UserException("error.quantity.positive", Double.toString(servings));
    }
}
