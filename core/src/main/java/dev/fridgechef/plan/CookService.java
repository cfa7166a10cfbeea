package dev.fridgechef.plan;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
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

    public CookService(InventoryService inventory, ProfileService profiles, Supplier<RecipeLibrary> library) {
        this.inventory = inventory;
        this.profiles = profiles;
        this.library = library;
    }

    /** A recipe with how much of it the stock covers; {@code score} ranks, favouring soon-expiring stock. */
    public record Suggestion(RecipeFacts recipe, double coverage, double expiringShare, double score, List<Missing> missing) {
    }

    public record Missing(String foodId, String nameEn, String nameRu, double grams) {
    }

    /** Recipes the profile allows, ranked by stock coverage (weighted towards what expires within 3 days). */
    public List<Suggestion> suggestions(int maxMissing) {
        DietRules rules = new DietRules(profiles.get());
        List<StockEntry> stock = inventory.list();
        LocalDate today = inventory.today();
        Map<String, double[]> inStock = available(stock, rules, today);
        List<Suggestion> out = new ArrayList<>();
        for (RecipeFacts r : library.get().all()) {
            if (!r.allowedBy(rules)) continue;
            Map<String, double[]> left = new HashMap<>(); // what this recipe has not taken yet, copied from the stock on first use
            double total = 0;
            double covered = 0;
            double expiring = 0;
            List<Missing> missing = new ArrayList<>();
            for (int i = 0; i < r.foods().size(); i++) {
                if (r.recipe().ingredients().get(i).optional()) continue;
                Food f = r.foods().get(i);
                double need = r.grams()[i];
                total += need;
                double[] have = left.computeIfAbsent(Substitutes.familyOf(f),
                        family -> inStock.containsKey(family) ? inStock.get(family).clone() : new double[2]);
                double take = Math.min(need, have[0]);
                covered += take;
                expiring += Math.min(take, have[1]);
                have[0] -= take;
                have[1] = Math.max(0, have[1] - take);
                if (need - take > 0.5) missing.add(new Missing(f.id(), f.displayName(false), f.displayName(true), need - take));
            }
            if (missing.size() > maxMissing || total == 0) continue;
            double coverage = covered / total;
            double expiringShare = expiring / total;
            out.add(new Suggestion(r, coverage, expiringShare, coverage + expiringShare, missing));
        }
        out.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.recipe().recipe().id()));
        return out;
    }

    /** Grams in stock per food family: [all, expiring within 3 days]. */
    private static Map<String, double[]> available(List<StockEntry> stock, DietRules rules, LocalDate today) {
        Map<String, double[]> out = new HashMap<>();
        for (StockEntry e : stock) {
            if (!StockRules.usable(e, today) || !rules.allows(e.food())) continue;
            LocalDate exp = e.item().expiresOn();
            double[] a = out.computeIfAbsent(Substitutes.familyOf(e.food()), k -> new double[2]);
            a[0] += e.grams();
            if (exp != null && ChronoUnit.DAYS.between(today, exp) <= 3) a[1] += e.grams();
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
        if (!(servings > 0) || servings > 50) throw new UserException("error.quantity.positive", Double.toString(servings));
        Map<Food, Double> grams = new java.util.LinkedHashMap<>();
        for (int i = 0; i < r.foods().size(); i++) {
            if (r.recipe().ingredients().get(i).optional()) continue;
            grams.merge(r.foods().get(i), r.gramsFor(i, servings), Double::sum);
        }
        return inventory.consume(grams, Substitutes::familyOf, alsoRecord);
    }
}
