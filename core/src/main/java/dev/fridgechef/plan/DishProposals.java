package dev.fridgechef.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.LocalizedNames;
import dev.fridgechef.recipe.KeyIngredients;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.Recipe;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a model's dish proposals and keeps only what passes: a library recipe the rules allow for
 * that meal, or a new dish whose every ingredient is a database food the rules allow, with a
 * plausible weight. A broken dish costs only itself (its slot is filled from the library); its
 * problem is reported. New dishes become recipes of two servings so the optimiser can portion them
 * and plan their leftovers like any library recipe.
 */
final class DishProposals {
    /** A dish for day {@code day} (0-based in the plan) and {@code meal}; {@code created}: new, not from the library. */
    record Dish(int day, MealType meal, RecipeFacts facts, boolean created) {
    }

    /** Accepted dishes and problems in words. */
    record Outcome(List<Dish> dishes, List<String> problems) {
        boolean empty() {
            return dishes.isEmpty();
        }
    }

    private static final int NEW_DISH_SERVINGS = 2;

    private final PlanRequest request;
    private final RecipeLibrary library;
    private final FoodDatabase foods;
    private final DietRules rules;
    private final ObjectMapper json;

    DishProposals(PlanRequest request, RecipeLibrary library, FoodDatabase foods, ObjectMapper json) {
        this.request = request;
        this.library = library;
        this.foods = foods;
        this.rules = new DietRules(request.profile());
        this.json = json;
    }

    /** The dishes in {@code answer} for the plan's first {@code days} days. */
    Outcome read(String answer, int days) {
        JsonNode root;
        try {
            root = json.readTree(dev.fridgechef.text.SafeText.withoutCodeFence(answer));
        } catch (Exception e) {
            return new Outcome(List.of(), List.of("the answer is not valid JSON"));
        }
        JsonNode list = root == null ? null : root.get("dishes");
        if (list == null || !list.isArray()) return new Outcome(List.of(), List.of("the answer has no \"dishes\" array"));
        List<String> problems = new ArrayList<>();
        Map<String, Dish> bySlot = new LinkedHashMap<>();
        Set<String> tried = new java.util.HashSet<>();
        for (JsonNode d : list) {
            int day = d.path("day").asInt(0);
            String where = "day " + day + " " + dev.fridgechef.text.SafeText.fromModelLine(d.path("meal").asText(), 12);
            if (day < 1 || day > days) {
                problems.add(where + ": there is no such day (1 to " + days + ")");
                continue;
            }
            MealType meal;
            try {
                meal = MealType.parse(d.path("meal").asText());
            } catch (RuntimeException e) {
                problems.add(where + ": unknown meal");
                continue;
            }
            if (!request.meals().contains(meal)) {
                problems.add(where + ": " + meal.key() + " was not asked for");
                continue;
            }
            String slot = day + "/" + meal.key();
            if (!tried.add(slot)) continue; // one dish per meal; the first counts
            Optional<Dish> dish = dish(d, day - 1, meal, where, problems);
            dish.ifPresent(x -> bySlot.put(slot, x));
        }
        for (int day = 1; day <= days; day++) {
            for (MealType m : request.meals()) {
                if (!tried.contains(day + "/" + m.key())) problems.add("day " + day + " " + m.key() + ": no dish was proposed");
            }
        }
        return new Outcome(List.copyOf(bySlot.values()), problems);
    }

    private Optional<Dish> dish(JsonNode d, int day, MealType meal, String where, List<String> problems) {
        String recipeId = d.path("recipe_id").asText("").trim();
        if (!recipeId.isEmpty()) {
            Optional<RecipeFacts> known = library.byId(recipeId);
            if (known.isEmpty()) {
                problems.add(where + ": there is no recipe \"" + dev.fridgechef.text.SafeText.fromModelLine(recipeId, 40) + "\" in MENU");
            } else if (!known.get().allowedBy(rules)) {
                problems.add(where + ": " + recipeId + " breaks the person's rules");
            } else if (!known.get().recipe().meals().contains(meal)) {
                problems.add(where + ": " + recipeId + " is not a " + meal.key());
            } else {
                return Optional.of(new Dish(day, meal, known.get(), false));
            }
            return Optional.empty();
        }
        return newDish(d, day, meal, where, problems);
    }

    private Optional<Dish> newDish(JsonNode d, int day, MealType meal, String where, List<String> problems) {
        String titleEn = dev.fridgechef.text.SafeText.fromModelLine(d.path("title_en").asText(""), 80);
        String titleRu = dev.fridgechef.text.SafeText.fromModelLine(d.path("title_ru").asText(""), 80);
        if (titleEn.isEmpty()) titleEn = titleRu;
        if (titleEn.isEmpty()) {
            problems.add(where + ": a new dish needs a title");
            return Optional.empty();
        }
        JsonNode ingredients = d.path("ingredients");
        if (!ingredients.isArray() || ingredients.size() < 2 || ingredients.size() > AiPrompt.MAX_NEW_INGREDIENTS) {
            problems.add(where + " \"" + titleEn + "\": a new dish needs 2 to " + AiPrompt.MAX_NEW_INGREDIENTS + " ingredients");
            return Optional.empty();
        }
        List<Food> used = new ArrayList<>();
        List<Double> grams = new ArrayList<>();
        for (JsonNode ing : ingredients) {
            String id = ing.path("food_id").asText("").trim();
            Optional<Food> food = foods.byId(id.length() == 4 ? "0" + id : id);
            double g = ing.path("grams_per_serving").asDouble(Double.NaN);
            if (food.isEmpty()) {
                problems.add(where + " \"" + titleEn + "\": \"" + dev.fridgechef.text.SafeText.fromModelLine(id, 20) + "\" is not a food id in the database");
                return Optional.empty();
            }
            Food f = food.get();
            if (!(g >= 1) || g > AiPrompt.MAX_GRAMS_PER_SERVING) {
                problems.add(where + " \"" + titleEn + "\": " + f.displayName(false) + " needs 1 to " + AiPrompt.MAX_GRAMS_PER_SERVING + " g a serving");
                return Optional.empty();
            }
            var violations = rules.violations(f);
            if (!violations.isEmpty()) {
                problems.add(where + " \"" + titleEn + "\": " + f.displayName(false) + " breaks the rule "
                        + violations.get(0).rule().name().toLowerCase(java.util.Locale.ROOT) + " (" + violations.get(0).detail() + ")");
                return Optional.empty();
            }
            used.add(f);
            grams.add(g);
        }
        double scale = servingScale(meal, used, grams);
        List<Recipe.Ingredient> lines = new ArrayList<>();
        double[] total = new double[used.size()];
        for (int i = 0; i < used.size(); i++) {
            Food f = used.get(i);
            total[i] = Math.max(1, Math.round(grams.get(i) * scale)) * (double) NEW_DISH_SERVINGS;
            lines.add(new Recipe.Ingredient(f.id(), total[i], "g", new LocalizedNames(f.displayName(false), f.displayName(true)), false));
        }
        List<String> steps = new ArrayList<>();
        for (JsonNode s : d.path("steps")) {
            if (steps.size() == AiPrompt.MAX_STEPS) break;
            String step = dev.fridgechef.text.SafeText.fromModelLine(s.asText(""), 300);
            if (!step.isEmpty()) steps.add(step);
        }
        int minutes = Math.max(0, Math.min(180, d.path("active_minutes").asInt(20)));
        Recipe recipe = new Recipe(id(titleEn, lines), new LocalizedNames(titleEn, titleRu.isEmpty() ? titleEn : titleRu), Set.of(meal),
                NEW_DISH_SERVINGS, minutes, minutes, "ai", List.of("ai"), lines, new Recipe.Steps(steps, List.of()));
        recipe = KeyIngredients.markHeaviest(recipe, used, total);
        return Optional.of(new Dish(day, meal, RecipeLibrary.resolve(recipe, foods), true));
    }

    /**
     * The model chooses what goes into a dish and in what proportion; the amount is ours: one
     * serving is scaled to this meal's share of the person's daily energy, so the optimiser's
     * portions (steps of half a serving) can land a day on its target. Proposals far off that size
     * are scaled at most 2× either way.
     */
    private double servingScale(MealType meal, List<Food> used, List<Double> grams) {
        double kcal = 0;
        for (int i = 0; i < used.size(); i++) kcal += used.get(i).per100g().getOrZero(dev.fridgechef.food.Nutrient.ENERGY) * grams.get(i) / 100;
        if (kcal < 1) return 1;
        double wanted = request.targets().energy() * Planner.Problem.share(meal);
        return Math.max(0.5, Math.min(2, wanted / kcal));
    }

    /** The same dish always gets the same id: "ai-" and 10 hex digits of its title and ingredients. */
    static String id(String title, List<Recipe.Ingredient> lines) {
        StringBuilder key = new StringBuilder(title.toLowerCase(java.util.Locale.ROOT));
        for (Recipe.Ingredient i : lines) key.append('|').append(i.food()).append(':').append(i.amount());
        return "ai-" + dev.fridgechef.text.Sha256.hex(key.toString()).substring(0, 10);
    }

}
