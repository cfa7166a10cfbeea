package dev.fridgechef.plan;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.FoodFamilies;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a plan against the planner's hard rules from the outside, from the plan as shown: the
 * rules of the profile (recipes and the foods actually eaten), stock never used beyond what there
 * is or after it expires, the repetition rule with planned leftovers, the meal energy bounds, the
 * shopping choice, only pinch ingredients left out, and no silent or cross-family substitution. Also
 * recomputes each day's energy and protein from the foods actually used. Used by the property test and the quality bench.
 */
public final class PlanRules {
    private PlanRules() {
    }

    /** Per day: [energy, protein] the person eats, from the foods actually used (staples included). */
    public static List<double[]> eaten(MealPlan plan, FoodDatabase foods) {
        List<double[]> out = new ArrayList<>();
        for (MealPlan.Day day : plan.plan()) {
            double e = 0;
            double p = 0;
            for (MealPlan.Meal meal : day.meals()) {
                for (MealPlan.IngredientUse u : meal.ingredients()) {
                    Food f = foods.byId(u.eatenFoodId()).orElseThrow();
                    double grams = meal.leftover() ? u.grams() / plan.people() : u.grams() * meal.servings() / meal.cookServings();
                    e += f.per100g().getOrZero(Nutrient.ENERGY) * grams / 100;
                    p += f.per100g().getOrZero(Nutrient.PROTEIN) * grams / 100;
                }
            }
            out.add(new double[] {e, p});
        }
        return out;
    }

    /** The broken rules, in words; empty when the plan keeps every rule. */
    public static List<String> violations(PlanRequest request, MealPlan plan, RecipeLibrary library, FoodDatabase foods) {
        List<String> out = new ArrayList<>();
        DietRules rules = new DietRules(request.profile());
        Map<String, List<double[]>> lots = new HashMap<>(); // eaten food id -> [grams, expiry day]
        for (StockEntry e : request.stock()) {
            if (e.food() == null || e.grams() == null) continue;
            int exp = e.item().expiresOn() == null ? Integer.MAX_VALUE : (int) ChronoUnit.DAYS.between(request.start(), e.item().expiresOn());
            lots.computeIfAbsent(e.food().id(), k -> new ArrayList<>()).add(new double[] {e.grams(), exp});
        }
        Map<String, double[]> usedByDay = new HashMap<>(); // food -> grams used on or after each day index
        double dayEnergy = request.targets().energy();
        List<double[]> eaten = eaten(plan, foods);
        for (int d = 0; d < plan.plan().size(); d++) {
            MealPlan.Day day = plan.plan().get(d);
            if (Math.abs(eaten.get(d)[0] - day.energy()) > 2 + 0.002 * day.energy()) {
                out.add(day.date() + ": day energy " + day.energy() + " is not what the foods used give (" + Math.round(eaten.get(d)[0]) + ")");
            }
            for (MealPlan.Meal meal : day.meals()) {
                RecipeFacts recipe = library.byId(meal.recipeId()).orElse(null);
                if (recipe == null) {
                    out.add(day.date() + " " + meal.meal().key() + ": unknown recipe " + meal.recipeId());
                    continue;
                }
                if (!recipe.allowedBy(rules)) out.add(day.date() + " " + meal.recipeId() + " breaks the profile's rules");
                double bound = switch (meal.meal()) {
                    case BREAKFAST -> Math.max(800, dayEnergy * 0.25 * 1.15);
                    case LUNCH -> Math.max(1000, dayEnergy * 0.35 * 1.15);
                    case DINNER -> Math.max(1000, dayEnergy * 0.30 * 1.15);
                    case SNACK -> Math.max(300, dayEnergy * 0.10 * 1.15);
                };
                if (meal.energy() > bound * 1.06) out.add(day.date() + " " + meal.meal().key() + ": " + meal.energy() + " kcal, bound " + Math.round(bound));
                if (meal.leftover()) {
                    if (meal.meal() != MealType.LUNCH && meal.meal() != MealType.DINNER) out.add(day.date() + ": leftovers at " + meal.meal().key());
                    long back = ChronoUnit.DAYS.between(meal.leftoverFrom(), day.date());
                    if (back < 1 || back > 2) out.add(day.date() + ": leftovers from " + meal.leftoverFrom());
                } else {
                    // a breakfast or snack may come again at the same meal on 2 of any 3 days; anything else not within 3 days
                    boolean small = meal.meal() == MealType.BREAKFAST || meal.meal() == MealType.SNACK;
                    int before = 0;
                    for (int other = Math.max(0, d - 2); other < d; other++) {
                        for (MealPlan.Meal m : plan.plan().get(other).meals()) {
                            if (!m.recipeId().equals(meal.recipeId())) continue;
                            if (small && m.meal() == meal.meal() && ++before <= 1) continue;
                            out.add(meal.recipeId() + " cooked on " + day.date() + " and eaten on " + plan.plan().get(other).date());
                        }
                    }
                    long sameDay = day.meals().stream().filter(m -> m.recipeId().equals(meal.recipeId())).count();
                    if (sameDay > 1) out.add(meal.recipeId() + " twice on " + day.date());
                }
                for (MealPlan.Skipped skip : meal.skipped()) {
                    if (request.shop() == ShopMode.ANY || !pinch(recipe, skip.foodId())) {
                        out.add(day.date() + " " + meal.recipeId() + ": " + skip.nameEn() + " left out, but it is no pinch (or --shop any)");
                    }
                    if (request.staples().contains(skip.foodId())) out.add(day.date() + ": staple " + skip.nameEn() + " left out");
                }
                List<String> substituted = meal.substitutions().stream().map(MealPlan.Substitution::usedFoodId).toList();
                for (MealPlan.IngredientUse u : meal.ingredients()) {
                    Food used = foods.byId(u.eatenFoodId()).orElseThrow();
                    Food wanted = foods.byId(u.foodId()).orElseThrow();
                    if (!rules.allows(used) && !recipeOptional(recipe, u.foodId())) out.add(day.date() + ": " + used.description() + " breaks the rules");
                    if (u.usedFoodId() != null) {
                        if (!substituted.contains(u.usedFoodId())) out.add(day.date() + ": silent substitution of " + wanted.description());
                        if (!FoodFamilies.get().substitutes(meal.recipeId(), wanted, used)) {
                            out.add(day.date() + ": " + used.description() + " is no " + wanted.description());
                        }
                    }
                    if (meal.leftover() || u.fromStockGrams() <= 0) continue;
                    if (u.staple()) out.add(day.date() + ": staple taken from stock");
                    double[] used2 = usedByDay.computeIfAbsent(u.eatenFoodId(), k -> new double[plan.days() + 1]);
                    used2[d] += u.fromStockGrams();
                }
            }
        }
        // stock: the grams used on day d or later come from lots that last until at least d, never more than there is
        for (var e : usedByDay.entrySet()) {
            List<double[]> have = lots.getOrDefault(e.getKey(), List.of());
            double[] perDay = e.getValue();
            for (int d = 0; d < perDay.length; d++) {
                double usedLater = 0;
                for (int k = d; k < perDay.length; k++) usedLater += perDay[k];
                double available = 0;
                for (double[] lot : have) if (lot[1] >= d) available += lot[0];
                if (usedLater > available + 0.5 + 0.001 * available) {
                    out.add("stock of " + e.getKey() + ": " + Math.round(usedLater) + " g used from day " + d + ", " + Math.round(available) + " g usable");
                }
            }
        }
        if (request.shop() == ShopMode.NONE && !plan.shopping().isEmpty()) out.add("shopping with --shop none");
        if (request.maxBuy() >= 0 && plan.shopping().size() > request.maxBuy()) out.add("more than --max-buy " + request.maxBuy());
        java.util.Set<String> stapleFamilies = new java.util.HashSet<>();
        for (RecipeFacts r : library.all()) { // as the planner: a staple serves the recipes' foods of its family
            for (Food f : r.foods()) if (request.staples().contains(f.id())) stapleFamilies.add(FoodFamilies.familyOf(f));
        }
        for (MealPlan.ShoppingItem i : plan.shopping()) {
            Food f = foods.byId(i.foodId()).orElseThrow();
            if (request.staples().contains(i.foodId()) || stapleFamilies.contains(FoodFamilies.familyOf(f))) {
                out.add("staple " + i.nameEn() + " on the shopping list");
            }
        }
        LocalDate end = request.start().plusDays(request.days());
        if (!plan.plan().isEmpty() && !plan.plan().get(plan.plan().size() - 1).date().isBefore(end)) out.add("plan runs past its days");
        return out;
    }

    private static boolean pinch(RecipeFacts recipe, String foodId) {
        for (int i = 0; i < recipe.foods().size(); i++) {
            if (recipe.foods().get(i).id().equals(foodId) && Pinch.is(recipe, i)) return true;
        }
        return false;
    }

    private static boolean recipeOptional(RecipeFacts recipe, String foodId) {
        for (int i = 0; i < recipe.foods().size(); i++) {
            if (recipe.foods().get(i).id().equals(foodId) && recipe.recipe().ingredients().get(i).optional()) return true;
        }
        return false;
    }
}
