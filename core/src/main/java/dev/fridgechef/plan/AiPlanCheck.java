package dev.fridgechef.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.inventory.StockRules;
import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a model's plan against the food database, the profile's rules and the stock, and turns
 * it into a {@link MealPlan} with nutrition recomputed from the database. The model's own numbers
 * (calories it may have added) are ignored.
 */
final class AiPlanCheck {
    private static final double ENERGY_TOLERANCE = 0.10;
    private static final int MAX_GRAMS = 1500;
    private static final int MAX_INGREDIENTS = 20;

    private final PlanRequest request;
    private final FoodDatabase foods;
    private final DietRules rules;
    private final ObjectMapper json;

    AiPlanCheck(PlanRequest request, FoodDatabase foods, DietRules rules, ObjectMapper json) {
        this.request = request;
        this.foods = foods;
        this.rules = rules;
        this.json = json;
    }

    record Outcome(MealPlan plan, List<String> problems) {
    }

    Outcome check(String answer) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = json.readTree(stripFences(answer));
        } catch (Exception e) {
            return new Outcome(null, List.of("the answer is not valid JSON"));
        }
        JsonNode days = root == null ? null : root.get("days");
        if (days == null || !days.isArray()) return new Outcome(null, List.of("the answer has no \"days\" array"));
        if (days.size() != request.days()) problems.add("expected " + request.days() + " days, got " + days.size());

        Map<String, double[]> stock = stockByFamily();
        List<MealPlan.Day> planDays = new ArrayList<>();
        Map<String, Double> toBuy = new LinkedHashMap<>();
        Map<String, Food> foodsById = new HashMap<>();
        double share = Planner.Problem.slotShare(request.meals());
        double energyTarget = request.targets().energy() * share;
        double proteinTarget = request.targets().protein() * share;
        for (int d = 0; d < Math.min(days.size(), request.days()); d++) {
            LocalDate date = request.start().plusDays(d);
            JsonNode meals = days.get(d).get("meals");
            if (meals == null || !meals.isArray() || meals.isEmpty()) {
                problems.add(date + ": no meals");
                continue;
            }
            List<MealPlan.Meal> planMeals = new ArrayList<>();
            double energy = 0, protein = 0, fat = 0, carbs = 0;
            for (JsonNode m : meals) {
                MealType type;
                try {
                    type = MealType.parse(m.path("meal").asText());
                } catch (RuntimeException e) {
                    problems.add(date + ": unknown meal \"" + clean(m.path("meal").asText(), 20) + "\"");
                    continue;
                }
                if (!request.meals().contains(type)) problems.add(date + ": " + type.key() + " was not asked for");
                String title = clean(m.path("title").asText(), 80);
                if (title.isEmpty()) title = type.key();
                JsonNode ingredients = m.get("ingredients");
                if (ingredients == null || !ingredients.isArray() || ingredients.isEmpty() || ingredients.size() > MAX_INGREDIENTS) {
                    problems.add(date + " " + type.key() + ": needs 1 to " + MAX_INGREDIENTS + " ingredients");
                    continue;
                }
                List<MealPlan.IngredientUse> uses = new ArrayList<>();
                double mealEnergy = 0, mealProtein = 0;
                for (JsonNode ing : ingredients) {
                    double grams = ing.path("grams").asDouble(Double.NaN);
                    Optional<Food> food = food(ing);
                    String label = clean(ing.path("food").asText(ing.path("food_id").asText()), 60);
                    if (food.isEmpty()) {
                        problems.add(date + " " + type.key() + ": \"" + label + "\" is not a food in the database");
                        continue;
                    }
                    if (!(grams > 0) || grams > MAX_GRAMS) {
                        problems.add(date + " " + type.key() + ": " + label + " needs a weight of 1 to " + MAX_GRAMS + " g");
                        continue;
                    }
                    Food f = food.get();
                    for (var v : rules.violations(f)) {
                        problems.add(date + " " + type.key() + ": " + f.displayName(false) + " breaks the rule " + v.rule().name().toLowerCase()
                                + " (" + v.detail() + ")");
                    }
                    double fromStock = take(stock, f, grams, d);
                    if (grams - fromStock > 0.5) toBuy.merge(f.id(), grams - fromStock, Double::sum);
                    foodsById.put(f.id(), f);
                    var n = f.per100g().scaled(grams / 100);
                    mealEnergy += n.getOrZero(Nutrient.ENERGY);
                    mealProtein += n.getOrZero(Nutrient.PROTEIN);
                    fat += n.getOrZero(Nutrient.FAT);
                    carbs += n.getOrZero(Nutrient.CARBOHYDRATE);
                    uses.add(new MealPlan.IngredientUse(f.id(), f.displayName(false), f.displayName(true), PlanRenderer.round1(grams),
                            PlanRenderer.round1(fromStock), PlanRenderer.round1(grams - fromStock)));
                }
                energy += mealEnergy;
                protein += mealProtein;
                planMeals.add(new MealPlan.Meal(type, "ai-" + (d + 1) + "-" + type.key(), title, title, 1, PlanRenderer.round1(mealEnergy),
                        PlanRenderer.round1(mealProtein), uses));
            }
            double error = Math.abs(energy - energyTarget) / energyTarget;
            if (error > ENERGY_TOLERANCE) {
                problems.add(date + ": the food database gives " + Math.round(energy) + " kcal for this day, the target is "
                        + Math.round(energyTarget) + " kcal (allowed ±10 %)");
            }
            planDays.add(new MealPlan.Day(date, planMeals, PlanRenderer.round1(energy), PlanRenderer.round1(protein),
                    PlanRenderer.round1(fat), PlanRenderer.round1(carbs)));
        }
        if (!problems.isEmpty()) return new Outcome(null, problems);
        List<MealPlan.ShoppingItem> shopping = new ArrayList<>();
        toBuy.forEach((id, grams) -> shopping.add(PlanRenderer.ShopUnits.item(foodsById.get(id), grams)));
        double worstEnergy = 0, worstProtein = 0;
        for (MealPlan.Day day : planDays) {
            worstEnergy = Math.max(worstEnergy, Math.abs(day.energy() - energyTarget) / energyTarget);
            worstProtein = Math.max(worstProtein, Math.abs(day.protein() - proteinTarget) / proteinTarget);
        }
        List<MealPlan.Warning> warnings = new ArrayList<>();
        for (MealPlan.Day day : planDays) {
            PlanRenderer.offTarget("plan.warning.protein", day.date(), day.protein(), proteinTarget, PlanRenderer.PROTEIN_BAND)
                    .ifPresent(warnings::add);
        }
        PlanRenderer.shoppingWarning(shopping).ifPresent(warnings::add);
        return new Outcome(new MealPlan(request.start(), request.days(), request.meals(), PlanRenderer.round1(energyTarget),
                PlanRenderer.round1(proteinTarget), planDays, shopping, warnings,
                new MealPlan.Quality(0, worstEnergy, worstProtein, 0, 0, toBuy.values().stream().mapToDouble(Double::doubleValue).sum())), List.of());
    }

    /** By id when the model gave one that exists, else by name through the food search. */
    private Optional<Food> food(JsonNode ing) {
        String id = ing.path("food_id").asText("").trim();
        if (!id.isEmpty()) {
            Optional<Food> byId = foods.byId(id);
            if (byId.isPresent()) return byId;
        }
        String name = clean(ing.path("food").asText(""), 60);
        return name.isEmpty() ? Optional.empty() : foods.search().resolve(name);
    }

    /** Grams of usable stock per food family: lots as [grams left, expiry day index]. */
    private Map<String, double[]> stockByFamily() {
        Map<String, double[]> out = new HashMap<>();
        for (StockEntry e : request.stock()) {
            if (!StockRules.usable(e, request.start()) || !rules.allows(e.food())) continue;
            int expires = e.item().expiresOn() == null ? Integer.MAX_VALUE : (int) ChronoUnit.DAYS.between(request.start(), e.item().expiresOn());
            // one pooled lot per family and expiry: enough to account the model's use day by day
            out.merge(dev.fridgechef.food.FoodFamilies.familyOf(e.food()) + "@" + expires, new double[] {e.grams(), expires},
                    (a, b) -> new double[] {a[0] + b[0], a[1]});
        }
        return out;
    }

    private double take(Map<String, double[]> stock, Food f, double grams, int day) {
        String family = dev.fridgechef.food.FoodFamilies.familyOf(f) + "@";
        double need = grams;
        List<Map.Entry<String, double[]>> lots = stock.entrySet().stream().filter(e -> e.getKey().startsWith(family))
                .sorted(java.util.Comparator.comparingDouble(e -> e.getValue()[1])).toList();
        for (var lot : lots) {
            double[] v = lot.getValue();
            if (v[1] < day || v[0] <= 0) continue;
            double t = Math.min(need, v[0]);
            v[0] -= t;
            need -= t;
            if (need <= 0) break;
        }
        return grams - need;
    }

    private static String stripFences(String text) {
        String t = text.trim();
        if (t.startsWith("```")) {
            t = t.replaceFirst("^```[a-zA-Z]*\\s*", "");
            int end = t.lastIndexOf("```");
            if (end >= 0) t = t.substring(0, end);
        }
        return t;
    }

    /** Model or user text made safe to show and to send back: no control, bidi or invisible characters, one line, bounded length. */
    static String clean(String s, int max) {
        String t = s == null ? "" : dev.fridgechef.text.SafeText.fromModel(s).replaceAll("\\s+", " ").trim();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
