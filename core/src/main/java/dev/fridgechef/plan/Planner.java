package dev.fridgechef.plan;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodFamilies;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.inventory.StockRules;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The offline planner. It treats planning as an optimisation problem:
 *
 * <p><b>Decision</b>: for each day d and meal slot m, a recipe r(d,m) (or none, only when planning
 * from stock alone) and the person's portion s(d,m) from {0.5, 1, 1.5, 2, 2.5} servings.
 *
 * <p><b>Hard constraints</b>: every recipe passes the profile's rules (allergies, diet, flags,
 * dislikes); stock of an allergen is never used whatever the recipe says. Repetition: a recipe is
 * not planned twice within 3 days, except as planned leftovers: a lunch or dinner dish that keeps
 * (soups, stews, bakes; not salads, eggs or sandwiches) is cooked once and eaten again at a lunch
 * or dinner of the next day or two (at most twice more); a breakfast or snack may come again at the
 * same meal, made afresh, on at most 2 of any 3 days (people eat the same breakfast). Stock is consumed on the day a dish is
 * cooked, in expiry order, only on or before its expiry date and never twice; a recipe's food is
 * served by stock of the same family ({@link dev.fridgechef.food.FoodFamilies}, gram for gram,
 * unless the recipe asks for that very food), and the meal's nutrition is that of the food used.
 * Pantry staples (salt, onions, garlic, butter, oil, spices, flour, sugar ...) are assumed at home.
 * One food bought serves the other recipes of its family. A {@link Pinch} (a few grams of a non-key
 * ingredient) neither at home nor on the list anyway is left out (not with --shop any). With --shop few the
 * candidates are the recipes missing the fewest foods the stock has none of (at most k, the smallest
 * k from 1 to 3 that leaves every meal enough choice). A meal stays within
 * its type's energy bound (by default at most max(1000 kcal, 1.15 × its share of the day) for lunch
 * and dinner, 800 for breakfast, 300 for a snack). With {@code --shop none} nothing is bought: a meal
 * that would need shopping is left out.
 *
 * <p><b>Objective</b> (minimised), summed over days, for the profile's person:
 * <ul>
 *   <li>energy error e = |E − E*| / E*: nothing inside the ±5 % band, 4 + 200·(e − 5 %) outside;
 *       protein error p: nothing inside ±10 %, 2 + 100·(p − 10 %) outside. The slack is spent below;</li>
 *   <li>shopping: per food to buy 0.15 (--shop any), 3 (few, the default) or 50 (none), +30 per
 *       food beyond --max-buy, + 0.0005 per gram; +0.2 per pinch left out of a dish;</li>
 *   <li>stock: −0.0005 per gram used; food at risk (expiring before the plan's end + 2 days) earns
 *       −0.003·w·u more per gram used and costs +0.004·w·u per gram left, w = 2 for perishables
 *       (meat, fish, dairy, eggs, greens), u = 1 + 2 / (1 + days left): the sooner, the more;</li>
 *   <li>cooking days: +3 per dish cooked beyond the daily cap (default 2; leftovers and no-cook dishes
 *       are not cooked), +0.05 per active minute beyond the cap (default 60), +2 per serving beyond 4 in one
 *       batch; per food family per day a cap (eggs 180 g ...): +0.05 per gram over;</li>
 *   <li>variety: +0.3 for a recipe cooked twice in the plan, +0.05 for two dishes of one cuisine on a
 *       day; portions: +0.15 per serving away from 1; a meal over its energy bound +30 + 0.1 per kcal
 *       (the final plan cuts such a meal, so the search must not count on it);</li>
 *   <li>meal balance: 2 × |a meal's share of the day's energy − its usual share| (breakfast 25 %,
 *       lunch 35 %, dinner 30 %, snack 10 %, rescaled to the meals planned).</li>
 * </ul>
 *
 * <p><b>Method</b>: portions are exact — for a day's recipes every combination of portions is
 * tried (at most 5⁴, as pairs of half-days) against the day's estimated energy and protein (with the stock food that would
 * stand in). Recipes are chosen by a greedy start (most at-risk stock first), improved by simulated
 * annealing whose moves replace one or two meals of a day, swap a meal between days or plan a
 * dish's leftovers for a later lunch or dinner, with the full stock simulation in every evaluation,
 * and finished by a best-improvement descent over the stock-richest candidates of every slot and a
 * descent over single portions under the true objective (the foods actually used). The
 * seed is fixed, so the same request gives the same plan. {@link #exhaustive} solves small
 * instances exactly to measure the gap.
 */
public final class Planner {
    static final double[] PORTIONS = {0.5, 1, 1.5, 2, 2.5};
    /** Days beyond the plan's end whose expiring food the plan still tries to use. */
    static final int BEYOND = 2;
    /** What leaving a {@link Pinch} out of a dish costs in the objective: less than buying it, more than having it. */
    static final double SKIP_COST = 0.2;
    /** Per dish cooked beyond the daily cap. */
    static final double DISH_COST = 3;

    /** What a meal from outside the preferred recipes costs: less than a purchase or a day out of band, so it fills gaps only. */
    static final double UNPREFERRED_MEAL_COST = 3;

    /**
     * What a meal of a dish the person usually leaves unfinished costs (the diary's insights): enough
     * to prefer a dish as good, too little to leave a day out of band or buy more for it.
     */
    static final double UNFINISHED_MEAL_COST = 1.5;

    private final RecipeLibrary library;
    private final java.util.Set<String> preferred;
    private final RecipeLibrary staplesFrom;

    public Planner(RecipeLibrary library) {
        this(library, java.util.Set.of());
    }

    /**
     * A planner that prefers the recipes {@code preferred} (an AI plan's proposed dishes) and uses the
     * rest of {@code library} only where they cannot make a good plan; empty: no preference.
     */
    public Planner(RecipeLibrary library, java.util.Set<String> preferred) {
        this(library, preferred, library);
    }

    /**
     * As {@link #Planner(RecipeLibrary, java.util.Set)} over a few candidate recipes, learning which
     * food families the pantry staples cover from {@code staplesFrom} (the whole library), so a
     * staple's relative is never bought just because no candidate names the staple itself.
     */
    public Planner(RecipeLibrary library, java.util.Set<String> preferred, RecipeLibrary staplesFrom) {
        this.library = library;
        this.preferred = java.util.Set.copyOf(preferred);
        this.staplesFrom = staplesFrom;
    }

    /** Search effort and candidate pool size; {@code maxCandidates} = 0 means the whole library. */
    public record Options(int iterationsPerSlot, long seed, int maxCandidates) {
        public static final Options DEFAULT = new Options(300, 20261125L, 0);
    }

    public MealPlan plan(PlanRequest request) {
        return plan(request, Options.DEFAULT);
    }

    public MealPlan plan(PlanRequest request, Options options) {
        Problem p = new Problem(request, library, options.maxCandidates(), java.util.Set.of(), staplesFrom);
        p.prefer(preferred);
        Solution s = p.greedy();
        s = anneal(p, s, options);
        s = polish(p, s);
        s = repairPortions(p, s);
        s = p.enforceBounds(p.enforceShopping(s));
        return p.render(s);
    }

    /**
     * {@code current} with the meal {@code meal} of day {@code day} (0-based) replaced by the best other
     * recipe for that slot under the same objective: the other meals keep their recipe and portion,
     * the new meal gets the best portion, and the repetition rule holds whenever some candidate allows it.
     * Empty when no other allowed recipe exists for that meal.
     */
    public java.util.Optional<MealPlan> replaceMeal(PlanRequest request, MealPlan current, int day, MealType meal) {
        java.util.Set<String> planned = new java.util.HashSet<>();
        current.plan().forEach(d -> d.meals().forEach(m -> planned.add(m.recipeId())));
        if (planned.stream().anyMatch(id -> library.byId(id).isEmpty())) throw new dev.fridgechef.i18n.UserException("error.plan.replace.foreign");
        Problem p = new Problem(request, library, 0, planned);
        int m = p.meals.indexOf(meal);
        if (m < 0 || day < 0 || day >= p.days) throw new IllegalArgumentException("no " + meal + " on day " + day + " in this plan");
        Solution s = p.solutionOf(current);
        int keep = s.recipe[day][m];
        int bestRecipe = -1;
        double bestServings = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        for (boolean strict : new boolean[] {true, false}) {
            for (int candidate : p.pool[m]) {
                if (candidate == keep) continue;
                s.recipe[day][m] = candidate;
                if (strict && !p.varietyOk(s)) continue;
                for (double sv : PORTIONS) {
                    if (!p.portionAllowed(m, candidate, sv)) continue;
                    s.servings[day][m] = sv;
                    double c = p.cost(s);
                    if (c < bestCost - 1e-12) {
                        bestCost = c;
                        bestRecipe = candidate;
                        bestServings = sv;
                    }
                }
            }
            if (bestRecipe >= 0) break;
        }
        if (bestRecipe < 0) return java.util.Optional.empty();
        s.recipe[day][m] = bestRecipe;
        s.servings[day][m] = bestServings;
        return java.util.Optional.of(p.render(s));
    }

    /** The best plan by complete enumeration; only for tiny instances (tests and the quality bench). */
    public MealPlan exhaustive(PlanRequest request, int maxCandidates) {
        Problem p = new Problem(request, library, maxCandidates);
        int slots = p.days * p.meals.size();
        int[] choice = new int[slots];
        Solution best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        while (true) {
            Solution s = p.solutionOf(choice);
            if (s != null && p.varietyOk(s)) {
                double c = p.cost(s);
                if (c < bestCost) {
                    bestCost = c;
                    best = s;
                }
            }
            int k = 0;
            while (k < slots && ++choice[k] >= p.pool[k % p.meals.size()].length) choice[k++] = 0;
            if (k == slots) break;
        }
        if (best == null) best = p.greedy();
        return p.render(best);
    }

    /**
     * Best-improvement descent after annealing: tries every favourite candidate (the 25 that use
     * most at-risk stock) in every slot and keeps each change that lowers the cost, until a
     * pass finds none (at most two passes).
     */
    private static Solution polish(Problem p, Solution start) {
        Solution current = start.copy();
        double currentCost = p.cost(current);
        for (int pass = 0; pass < 2; pass++) {
            boolean improved = false;
            for (int d = 0; d < p.days; d++) {
                for (int m = 0; m < p.meals.size(); m++) {
                    int keep = current.recipe[d][m];
                    double[] keepServings = current.servings[d].clone();
                    int bestRecipe = keep;
                    double bestCost = currentCost;
                    for (int candidate : p.favourites[m]) {
                        if (candidate == keep) continue;
                        current.recipe[d][m] = candidate;
                        int[] cook = p.cookSlots(current);
                        if (cook == null) continue;
                        p.choosePortions(current, d);
                        double c = p.cost(current, null, cook);
                        if (c < bestCost - 1e-12) {
                            bestCost = c;
                            bestRecipe = candidate;
                        }
                    }
                    current.recipe[d][m] = bestRecipe;
                    if (bestRecipe != keep) {
                        p.choosePortions(current, d);
                        currentCost = bestCost;
                        improved = true;
                    } else {
                        current.servings[d] = keepServings;
                    }
                }
            }
            if (!improved) break;
        }
        return current;
    }

    /**
     * Portions are chosen on estimates (each ingredient from the first stock of its family); the foods actually
     * used can differ (that stock runs out, a food bought for another meal serves). A last descent moves single
     * portions one step at a time under the true objective while that lowers it.
     */
    private static Solution repairPortions(Problem p, Solution start) {
        Solution s = start.copy();
        double cost = p.cost(s);
        for (int pass = 0; pass < 3; pass++) {
            boolean improved = false;
            for (int d = 0; d < p.days; d++) {
                for (int m = 0; m < p.meals.size(); m++) {
                    int r = s.recipe[d][m];
                    if (r < 0) continue;
                    double keep = s.servings[d][m];
                    double best = keep;
                    for (double sv : PORTIONS) {
                        if (sv == keep || Math.abs(sv - keep) > 0.5 + 1e-9 || !p.portionAllowed(m, r, sv)) continue;
                        s.servings[d][m] = sv;
                        double c = p.cost(s);
                        if (c < cost - 1e-9) {
                            cost = c;
                            best = sv;
                        }
                    }
                    s.servings[d][m] = best;
                    if (best != keep) improved = true;
                }
            }
            if (!improved) break;
        }
        return s;
    }

    private static Solution anneal(Problem p, Solution start, Options o) {
        Random random = new Random(o.seed() ^ p.fingerprint());
        Solution current = start.copy();
        double currentCost = p.cost(current);
        Solution best = current.copy();
        double bestCost = currentCost;
        int slots = p.days * p.meals.size();
        int iterations = Math.max(Math.min(4000, o.iterationsPerSlot() * 16), o.iterationsPerSlot() * slots);
        double t0 = 0.5;
        for (int it = 0; it < iterations; it++) {
            double temperature = t0 * (1 - (double) it / iterations) + 1e-4;
            int day = random.nextInt(p.days);
            int meal = random.nextInt(p.meals.size());
            Solution next = current.copy();
            int move = random.nextInt(8);
            int otherDay = -1;
            if (move <= 1 && p.days > 1) {
                otherDay = random.nextInt(p.days);
                int tmp = next.recipe[day][meal];
                next.recipe[day][meal] = next.recipe[otherDay][meal];
                next.recipe[otherDay][meal] = tmp;
            } else if (move == 2 && p.days > 1 && p.main[meal] && next.recipe[day][meal] >= 0 && p.batchable[next.recipe[day][meal]]) {
                // plan leftovers: the dish of this lunch or dinner again at a main meal of the next day or two
                otherDay = day + 1 + random.nextInt(2);
                if (otherDay >= p.days) continue;
                int target = p.mainSlots[random.nextInt(p.mainSlots.length)];
                next.recipe[otherDay][target] = next.recipe[day][meal];
            } else if (move == 3 && p.allowEmpty) {
                next.recipe[day][meal] = -1;
            } else {
                int[] candidates = random.nextBoolean() ? p.favourites[meal] : p.pool[meal];
                if (candidates.length == 0) continue;
                next.recipe[day][meal] = candidates[random.nextInt(candidates.length)];
                if (random.nextInt(3) == 0 && p.meals.size() > 1) {
                    // change a second meal of the same day too: a day's energy often needs two dishes to move together
                    int second = (meal + 1 + random.nextInt(p.meals.size() - 1)) % p.meals.size();
                    int[] more = p.pool[second];
                    if (more.length > 0) next.recipe[day][second] = more[random.nextInt(more.length)];
                }
            }
            int[] cook = p.cookSlots(next); // the recipes decide it, not the portions
            if (cook == null) continue;
            p.choosePortions(next, day);
            if (otherDay >= 0 && otherDay != day) p.choosePortions(next, otherDay);
            double cost = p.cost(next, null, cook);
            if (cost < currentCost || random.nextDouble() < Math.exp((currentCost - cost) / temperature)) {
                current = next;
                currentCost = cost;
                if (cost < bestCost) {
                    best = current.copy();
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    /** A candidate plan: recipe index (−1: no meal) and portion per day and meal. */
    static final class Solution {
        final int[][] recipe;
        final double[][] servings;

        Solution(int days, int meals) {
            recipe = new int[days][meals];
            servings = new double[days][meals];
        }

        Solution copy() {
            Solution s = new Solution(recipe.length, recipe[0].length);
            for (int d = 0; d < recipe.length; d++) {
                s.recipe[d] = recipe[d].clone();
                s.servings[d] = servings[d].clone();
            }
            return s;
        }
    }

    /** The request compiled into arrays the search can evaluate quickly. */
    static final class Problem {
        private static final Set<String> NOT_KEEPING = Set.of("salad", "sandwich", "smoothie", "toast", "eggs", "pancakes", "wrap",
                "no-cook", "stir-fry");

        final PlanRequest request;
        private final RecipeLibrary staplesFrom;
        final int days;
        final int horizon; // the plan and BEYOND days after it: food expiring before this day index is at risk
        final int people;
        final List<MealType> meals;
        final double energyTarget;
        final double proteinTarget;
        final double[] mealShare;
        final double[] maxMealKcal;
        final boolean[] main;
        final int[] mainSlots;
        final boolean allowEmpty;
        final double perFood;
        final List<RecipeFacts> recipes = new ArrayList<>();
        boolean[] unpreferred = new boolean[0];
        boolean[] unfinished = new boolean[0];
        final int[][] pool;       // per meal slot: allowed recipe indexes
        final int[][] favourites; // per meal slot: the candidates that use most at-risk stock
        // per recipe: nominal and estimated (with the stock that would stand in) kcal and protein per serving
        double[] kcal;
        double[] protein;
        double[] estKcal;
        double[] estProtein;
        boolean[] batchable;
        boolean[] cooked;
        int[] activeMinutes;
        int[][] ingredientFood;
        double[][] ingredientGrams;
        boolean[][] ingredientStaple;
        boolean[][] ingredientExact;
        boolean[][] ingredientPinch; // left out rather than bought unless --shop any ({@link Pinch})
        int[][] ingredientCap; // index into capGrams, or -1
        int[] cuisine;
        int cuisineCount;
        double[] capGrams;
        // foods (recipe and stock) with kcal and protein per gram
        final Map<String, Integer> foodIndex = new HashMap<>();
        final Map<String, Integer> families = new HashMap<>();
        int[][] ingredientFamily;
        final List<Food> foods = new ArrayList<>();
        double[] foodKcal;
        double[] foodProtein;
        // stock lots, lots of a family contiguous and sorted by expiry
        int[] lotStart;
        int[] lotEnd;
        double[] lotGrams;
        int[] lotExpiresDay;
        int[] lotFood;
        double[] lotRisk; // w·u for lots at risk, 0 otherwise
        Food[] lotFoods;
        double soonExpiringGrams;
        boolean[] listedFamilies; // set for the final rendering only: families on the shopping list anyway

        Problem(PlanRequest request, RecipeLibrary library, int maxCandidates) {
            this(request, library, maxCandidates, java.util.Set.of());
        }

        /** {@code alsoKnown}: recipes to evaluate even if the rules now refuse them (meals already planned); never candidates. */
        Problem(PlanRequest request, RecipeLibrary library, int maxCandidates, java.util.Set<String> alsoKnown) {
            this(request, library, maxCandidates, alsoKnown, library);
        }

        /** {@code staplesFrom}: the recipes whose foods tell which food families the staples cover. */
        Problem(PlanRequest request, RecipeLibrary library, int maxCandidates, java.util.Set<String> alsoKnown, RecipeLibrary staplesFrom) {
            this.staplesFrom = staplesFrom;
            this.request = request;
            this.days = request.days();
            this.horizon = days + BEYOND;
            this.people = request.people();
            this.meals = request.meals();
            this.energyTarget = request.targets().energy() * slotShare(meals);
            this.mealShare = new double[meals.size()];
            this.maxMealKcal = new double[meals.size()];
            this.main = new boolean[meals.size()];
            List<Integer> mains = new ArrayList<>();
            double dayEnergy = request.targets().energy();
            for (int m = 0; m < meals.size(); m++) {
                MealType t = meals.get(m);
                mealShare[m] = share(t) / slotShare(meals);
                double bySize = dayEnergy * share(t) * 1.15;
                maxMealKcal[m] = switch (t) {
                    case BREAKFAST -> Math.max(800, bySize);
                    case LUNCH, DINNER -> Math.max(1000, bySize);
                    case SNACK -> Math.max(300, bySize);
                };
                main[m] = t == MealType.LUNCH || t == MealType.DINNER;
                if (main[m]) mains.add(m);
            }
            this.mainSlots = mains.stream().mapToInt(Integer::intValue).toArray();
            this.proteinTarget = request.targets().protein() * slotShare(meals);
            this.allowEmpty = request.shop() == ShopMode.NONE;
            this.perFood = switch (request.shop()) {
                case NONE -> 50;
                case FEW -> 3;
                case ANY -> 0.15;
            };
            DietRules rules = new DietRules(request.profile());
            List<Boolean> allowed = new ArrayList<>();
            for (RecipeFacts f : library.all()) {
                boolean ok = f.allowedBy(rules);
                if (ok || alsoKnown.contains(f.recipe().id())) {
                    recipes.add(f);
                    allowed.add(ok);
                }
            }
            compileRecipes();
            compileStock(rules);
            estimate();
            pool = new int[meals.size()][];
            favourites = new int[meals.size()][];
            double[] stockScore = new double[recipes.size()];
            for (int r = 0; r < recipes.size(); r++) stockScore[r] = stockScore(r);
            int[] missing = new int[recipes.size()];
            for (int r = 0; r < recipes.size(); r++) missing[r] = missingFamilies(r);
            List<List<Integer>> allowedBySlot = new ArrayList<>();
            for (int m = 0; m < meals.size(); m++) {
                MealType meal = meals.get(m);
                List<Integer> ids = new ArrayList<>();
                for (int r = 0; r < recipes.size(); r++) {
                    if (!allowed.get(r) || !recipes.get(r).recipe().meals().contains(meal)) continue;
                    if (estKcal[r] * PORTIONS[0] > maxMealKcal[m]) continue; // even half a serving is too big a meal
                    if (allowEmpty && missing[r] > 0) continue;
                    ids.add(r);
                }
                allowedBySlot.add(ids);
            }
            // few purchases: candidates are the recipes missing the fewest foods the stock has none of (at most k, the
            // smallest k from 1 that leaves every slot enough choice); the search then shares what is bought between them
            int k = Integer.MAX_VALUE;
            if (request.shop() == ShopMode.FEW) {
                int enough = Math.max(8, days + 4);
                for (k = 1; k <= 3; k++) {
                    boolean ok = true;
                    for (List<Integer> ids : allowedBySlot) {
                        int limit = k;
                        if (ids.stream().filter(r -> missing[r] <= limit).count() < Math.min(enough, ids.size())) ok = false;
                    }
                    if (ok) break;
                }
                if (k > 3) k = Integer.MAX_VALUE;
            }
            for (int m = 0; m < meals.size(); m++) {
                int limit = k;
                List<Integer> ids = new ArrayList<>(allowedBySlot.get(m).stream().filter(r -> missing[r] <= limit).toList());
                ids.sort(Comparator.comparingInt((Integer r) -> request.shop() == ShopMode.ANY ? 0 : missing[r])
                        .thenComparingDouble(r -> -stockScore[r]).thenComparing(r -> recipes.get(r).recipe().id()));
                if (maxCandidates > 0 && ids.size() > maxCandidates) ids = ids.subList(0, maxCandidates);
                pool[m] = ids.stream().mapToInt(Integer::intValue).toArray();
                favourites[m] = Arrays.copyOf(pool[m], Math.min(pool[m].length, 25));
            }
            unfinished = new boolean[recipes.size()];
            for (int r = 0; r < recipes.size(); r++) unfinished[r] = request.leftUnfinished().contains(recipes.get(r).recipe().id());
        }

        /** Planning fewer meals than the full day scales the targets down to the meals planned. */
        static double slotShare(List<MealType> meals) {
            double total = 0;
            for (MealType m : meals) total += share(m);
            return Math.min(1, total);
        }

        static double share(MealType m) {
            return m.usualShareOfDay();
        }

        private void compileRecipes() {
            int n = recipes.size();
            kcal = new double[n];
            protein = new double[n];
            batchable = new boolean[n];
            cooked = new boolean[n];
            activeMinutes = new int[n];
            ingredientFood = new int[n][];
            ingredientGrams = new double[n][];
            ingredientFamily = new int[n][];
            ingredientStaple = new boolean[n][];
            ingredientExact = new boolean[n][];
            ingredientPinch = new boolean[n][];
            ingredientCap = new int[n][];
            cuisine = new int[n];
            Map<String, Integer> cuisineIndex = new HashMap<>();
            Map<String, Integer> capIndex = new HashMap<>();
            List<Double> caps = new ArrayList<>();
            // staples are matched by food and by family: "olive oil" at home serves the recipe's sunflower oil
            java.util.Set<String> stapleFamilies = new java.util.HashSet<>();
            for (RecipeFacts f : staplesFrom.all()) {
                for (Food food : f.foods()) if (request.staples().contains(food.id())) stapleFamilies.add(FoodFamilies.familyOf(food));
            }
            FoodFamilies families = FoodFamilies.get();
            for (int r = 0; r < n; r++) {
                RecipeFacts f = recipes.get(r);
                kcal[r] = f.energyPerServing();
                protein[r] = f.proteinPerServing();
                var recipe = f.recipe();
                cuisine[r] = cuisineIndex.computeIfAbsent(recipe.cuisine(), c -> cuisineIndex.size());
                activeMinutes[r] = recipe.activeMinutes();
                cooked[r] = recipe.activeMinutes() > 5 && !recipe.tags().contains("no-cook");
                batchable[r] = recipe.servings() >= 2 && cooked[r]
                        && (recipe.meals().contains(MealType.LUNCH) || recipe.meals().contains(MealType.DINNER))
                        && recipe.tags().stream().noneMatch(NOT_KEEPING::contains);
                List<Integer> foodsUsed = new ArrayList<>();
                List<Double> grams = new ArrayList<>();
                List<Boolean> staple = new ArrayList<>();
                List<Boolean> exact = new ArrayList<>();
                List<Boolean> pinch = new ArrayList<>();
                List<Integer> cap = new ArrayList<>();
                for (int i = 0; i < f.foods().size(); i++) {
                    if (recipe.ingredients().get(i).optional()) continue; // garnish: not planned, not bought
                    Food food = f.foods().get(i);
                    foodsUsed.add(food(food));
                    grams.add(f.gramsFor(i, 1));
                    boolean isStaple = request.staples().contains(food.id()) || stapleFamilies.contains(FoodFamilies.familyOf(food));
                    staple.add(isStaple);
                    exact.add(families.exactIn(recipe.id(), food.id()));
                    pinch.add(!isStaple && Pinch.is(f, i));
                    double c = families.dailyCap(food);
                    if (Double.isInfinite(c)) {
                        cap.add(-1);
                    } else {
                        cap.add(capIndex.computeIfAbsent(FoodFamilies.familyOf(food), k -> {
                            caps.add(c);
                            return caps.size() - 1;
                        }));
                    }
                }
                ingredientFood[r] = foodsUsed.stream().mapToInt(Integer::intValue).toArray();
                ingredientFamily[r] = foodsUsed.stream().mapToInt(i -> family(foods.get(i))).toArray();
                ingredientGrams[r] = grams.stream().mapToDouble(Double::doubleValue).toArray();
                ingredientStaple[r] = toArray(staple);
                ingredientExact[r] = toArray(exact);
                ingredientPinch[r] = toArray(pinch);
                ingredientCap[r] = cap.stream().mapToInt(Integer::intValue).toArray();
            }
            capGrams = caps.stream().mapToDouble(Double::doubleValue).toArray();
            cuisineCount = cuisineIndex.size();
        }

        private static boolean[] toArray(List<Boolean> values) {
            boolean[] out = new boolean[values.size()];
            for (int i = 0; i < out.length; i++) out[i] = values.get(i);
            return out;
        }

        private int food(Food f) {
            return foodIndex.computeIfAbsent(f.id(), id -> {
                foods.add(f);
                return foods.size() - 1;
            });
        }

        /** Stock and ingredients meet by family (FoodFamilies), so any raw chicken cut serves a recipe's chicken. */
        private int family(Food f) {
            return families.computeIfAbsent(FoodFamilies.familyOf(f), k -> families.size());
        }

        private void compileStock(DietRules rules) {
            record Lot(int family, int food, double grams, int expiresDay, Food what) {
            }
            List<Lot> lots = new ArrayList<>();
            for (StockEntry e : request.stock()) {
                if (!StockRules.usable(e, request.start())) continue;
                if (!rules.allows(e.food())) continue; // never cook a person's allergen from the fridge, whatever the recipe says
                int expires = e.item().expiresOn() == null ? Integer.MAX_VALUE
                        : (int) ChronoUnit.DAYS.between(request.start(), e.item().expiresOn());
                if (expires < 0) continue; // already expired: not planned with
                lots.add(new Lot(family(e.food()), food(e.food()), e.grams(), expires, e.food()));
            }
            int familyCount = families.size();
            lots.sort(Comparator.comparingInt(Lot::family).thenComparingInt(Lot::expiresDay).thenComparing(l -> l.what().id()));
            lotStart = new int[familyCount];
            lotEnd = new int[familyCount];
            lotGrams = new double[lots.size()];
            lotExpiresDay = new int[lots.size()];
            lotFood = new int[lots.size()];
            lotRisk = new double[lots.size()];
            lotFoods = new Food[lots.size()];
            for (int i = 0; i < lots.size(); i++) {
                Lot l = lots.get(i);
                if (i == 0 || lots.get(i - 1).family() != l.family()) lotStart[l.family()] = i;
                lotEnd[l.family()] = i + 1;
                lotGrams[i] = l.grams();
                lotExpiresDay[i] = l.expiresDay();
                lotFood[i] = l.food();
                lotFoods[i] = l.what();
                if (l.expiresDay() < horizon) {
                    soonExpiringGrams += l.grams();
                    double w = FoodFamilies.perishable(l.what()) ? 2 : 1;
                    lotRisk[i] = w * (1 + 2.0 / (1 + l.expiresDay()));
                }
            }
            foodKcal = new double[foods.size()];
            foodProtein = new double[foods.size()];
            for (int f = 0; f < foods.size(); f++) {
                foodKcal[f] = foods.get(f).per100g().getOrZero(Nutrient.ENERGY) / 100;
                foodProtein[f] = foods.get(f).per100g().getOrZero(Nutrient.PROTEIN) / 100;
            }
        }

        /** Energy and protein per serving as the stock would make it: each ingredient from the first lot of its family. */
        private void estimate() {
            int n = recipes.size();
            estKcal = new double[n];
            estProtein = new double[n];
            for (int r = 0; r < n; r++) {
                double e = 0;
                double p = 0;
                for (int k = 0; k < ingredientFood[r].length; k++) {
                    int f = ingredientFood[r][k];
                    int fam = ingredientFamily[r][k];
                    int used = f;
                    boolean inStock = fam < lotStart.length && lotEnd[fam] > lotStart[fam];
                    if (ingredientPinch[r][k] && !inStock && request.shop() != ShopMode.ANY) continue; // most likely left out
                    if (!ingredientStaple[r][k] && !ingredientExact[r][k] && inStock) {
                        used = lotFood[lotStart[fam]];
                    }
                    e += ingredientGrams[r][k] * foodKcal[used];
                    p += ingredientGrams[r][k] * foodProtein[used];
                }
                estKcal[r] = e;
                estProtein[r] = p;
            }
        }

        /** How many of a recipe's foods are neither staples nor in stock at all (0: it can be cooked from what is at home). */
        private int missingFamilies(int r) {
            int missing = 0;
            for (int k = 0; k < ingredientFood[r].length; k++) {
                if (ingredientStaple[r][k] || ingredientPinch[r][k] && request.shop() != ShopMode.ANY) continue;
                int fam = ingredientFamily[r][k];
                if (fam >= lotStart.length || lotEnd[fam] <= lotStart[fam]) missing++;
            }
            return missing;
        }

        /** Share of a serving's grams the stock holds, counting at-risk stock more (perishables most). */
        private double stockScore(int r) {
            double score = 0;
            double total = 0;
            for (int k = 0; k < ingredientFood[r].length; k++) {
                if (ingredientStaple[r][k]) continue;
                int f = ingredientFamily[r][k];
                double need = ingredientGrams[r][k] * people;
                total += need;
                if (f >= lotStart.length) continue;
                for (int l = lotStart[f]; l < lotEnd[f]; l++) {
                    if (ingredientExact[r][k] && lotFood[l] != ingredientFood[r][k]) continue;
                    double take = Math.min(need, lotGrams[l]);
                    score += take * (1 + 2 * lotRisk[l]);
                    need -= take;
                    if (need <= 0) break;
                }
            }
            return total == 0 ? 0 : score / total;
        }

        /** Stable across runs (enum hash codes are not), so the same request gives the same plan in every process. */
        long fingerprint() {
            long h = (long) days * 31 + recipes.size();
            for (MealType m : meals) h = h * 17 + m.ordinal();
            return h * 7 + people;
        }

        Solution greedy() {
            Solution s = new Solution(days, meals.size());
            for (int[] day : s.recipe) Arrays.fill(day, -1);
            for (int d = 0; d < days; d++) {
                for (int m = 0; m < meals.size(); m++) {
                    for (int candidate : pool[m]) {
                        s.recipe[d][m] = candidate;
                        if (varietyOk(s)) break;
                        s.recipe[d][m] = -1;
                    }
                }
                choosePortions(s, d);
            }
            return s;
        }

        Solution solutionOf(int[] choice) {
            Solution s = new Solution(days, meals.size());
            for (int d = 0; d < days; d++) {
                for (int m = 0; m < meals.size(); m++) {
                    int[] candidates = pool[m];
                    if (candidates.length == 0) return null;
                    s.recipe[d][m] = candidates[choice[d * meals.size() + m]];
                }
                choosePortions(s, d);
            }
            return s;
        }

        /** A stored plan as a solution; meals whose recipe is not in the library (AI dishes) are left empty. */
        Solution solutionOf(MealPlan plan) {
            Map<String, Integer> index = new HashMap<>();
            for (int r = 0; r < recipes.size(); r++) index.put(recipes.get(r).recipe().id(), r);
            Solution s = new Solution(days, meals.size());
            for (int[] day : s.recipe) Arrays.fill(day, -1);
            for (int d = 0; d < Math.min(days, plan.plan().size()); d++) {
                for (MealPlan.Meal meal : plan.plan().get(d).meals()) {
                    int m = meals.indexOf(meal.meal());
                    Integer r = index.get(meal.recipeId());
                    if (m < 0 || r == null) continue;
                    s.recipe[d][m] = r;
                    s.servings[d][m] = meal.servings();
                }
            }
            return s;
        }

        boolean varietyOk(Solution s) {
            return cookSlots(s) != null;
        }

        /**
         * Per slot (d·meals + m) the slot where its dish is cooked: itself for a dish cooked there, an
         * earlier lunch or dinner for planned leftovers, −1 for no meal; null when the repetition rule is
         * broken (a recipe twice within 3 days other than as leftovers of a keeping dish eaten at a lunch
         * or dinner of the next day or two, at most twice).
         */
        int[] cookSlots(Solution s) {
            int n = meals.size();
            int[] cook = new int[days * n];
            int[] eaten = new int[days * n]; // per cooking slot: meals of leftovers so far
            for (int d = 0; d < days; d++) {
                for (int m = 0; m < n; m++) {
                    int slot = d * n + m;
                    int r = s.recipe[d][m];
                    if (r < 0) {
                        cook[slot] = -1;
                        continue;
                    }
                    int previous = -1;
                    int sameMeal = 0; // earlier days' same meal
                    boolean otherMeal = false;
                    for (int pd = Math.max(0, d - 2) * n; pd < slot; pd++) {
                        if (s.recipe[pd / n][pd % n] != r) continue;
                        previous = pd;
                        if (pd % n == m) sameMeal++;
                        else otherMeal = true;
                    }
                    if (previous < 0) {
                        cook[slot] = slot;
                        continue;
                    }
                    if (!main[m]) {
                        // the same breakfast or snack again, made afresh: at that meal only, on at most 2 of any 3 days
                        if (otherMeal || sameMeal > 1) return null;
                        cook[slot] = slot;
                        continue;
                    }
                    int origin = cook[previous];
                    int originDay = origin / n;
                    if (!main[m] || !main[origin % n] || !batchable[r] || previous / n == d || originDay < d - 2 || originDay == d
                            || eaten[origin] >= 2) {
                        return null;
                    }
                    eaten[origin]++;
                    cook[slot] = origin;
                }
            }
            return cook;
        }

        double maxPortion(int meal) {
            return switch (meals.get(meal)) {
                case SNACK -> 1.5;
                case BREAKFAST -> 2;
                default -> 2.5;
            };
        }

        boolean portionAllowed(int meal, int r, double sv) {
            return sv <= maxPortion(meal) && estKcal[r] * sv <= maxMealKcal[meal];
        }

        /**
         * Tries every portion combination of the day and keeps the one closest to the targets within the
         * meal bounds. The per-meal terms are computed once per portion, so the enumeration only adds.
         */
        void choosePortions(Solution s, int day) {
            int n = meals.size();
            double[][] pe = new double[n][];
            double[][] pp = new double[n][];
            double[][] pc = new double[n][];
            double[][] sv = new double[n][];
            for (int m = 0; m < n; m++) {
                int r = s.recipe[day][m];
                if (r < 0) {
                    pe[m] = new double[] {0};
                    pp[m] = new double[] {0};
                    pc[m] = new double[] {0};
                    sv[m] = new double[] {PORTIONS[0]};
                    continue;
                }
                int count = 0;
                double[] e = new double[PORTIONS.length];
                double[] p = new double[PORTIONS.length];
                double[] c = new double[PORTIONS.length];
                double[] v = new double[PORTIONS.length];
                for (double portion : PORTIONS) {
                    if (!portionAllowed(m, r, portion)) continue;
                    e[count] = estKcal[r] * portion;
                    p[count] = estProtein[r] * portion;
                    c[count] = 0.15 * Math.abs(portion - 1) + mealBalanceCost(m, e[count]);
                    v[count++] = portion;
                }
                if (count == 0) { // cannot happen for pool recipes; keep the smallest portion
                    e[0] = estKcal[r] * PORTIONS[0];
                    p[0] = estProtein[r] * PORTIONS[0];
                    v[0] = PORTIONS[0];
                    count = 1;
                }
                pe[m] = Arrays.copyOf(e, count);
                pp[m] = Arrays.copyOf(p, count);
                pc[m] = Arrays.copyOf(c, count);
                sv[m] = Arrays.copyOf(v, count);
            }
            // the day's meals in two halves: every pair of half-combinations costs one addition, not one per meal
            Half first = new Half(pe, pp, pc, 0, n / 2);
            Half second = new Half(pe, pp, pc, n / 2, n);
            double best = Double.POSITIVE_INFINITY;
            int bestFirst = 0;
            int bestSecond = 0;
            for (int j = 0; j < second.size; j++) {
                for (int i = 0; i < first.size; i++) {
                    double c = first.cost[i] + second.cost[j] + nutritionCost(first.energy[i] + second.energy[j], first.protein[i] + second.protein[j]);
                    if (c < best) {
                        best = c;
                        bestFirst = i;
                        bestSecond = j;
                    }
                }
            }
            double[] servings = new double[n];
            first.choose(bestFirst, sv, servings);
            second.choose(bestSecond, sv, servings);
            s.servings[day] = servings;
        }

        /** Every portion combination of the meals from..to−1 of a day, with its energy, protein and per-meal cost. */
        private static final class Half {
            final int from;
            final int to;
            final int[][] index;
            final double[] energy;
            final double[] protein;
            final double[] cost;
            int size;

            Half(double[][] pe, double[][] pp, double[][] pc, int from, int to) {
                this.from = from;
                this.to = to;
                int total = 1;
                for (int m = from; m < to; m++) total *= pe[m].length;
                index = new int[total][];
                energy = new double[total];
                protein = new double[total];
                cost = new double[total];
                int[] idx = new int[to - from];
                while (true) {
                    for (int m = from; m < to; m++) {
                        energy[size] += pe[m][idx[m - from]];
                        protein[size] += pp[m][idx[m - from]];
                        cost[size] += pc[m][idx[m - from]];
                    }
                    index[size++] = idx.clone();
                    int k = 0;
                    while (k < idx.length && ++idx[k] >= pe[from + k].length) idx[k++] = 0;
                    if (k == idx.length) break;
                }
            }

            void choose(int combination, double[][] sv, double[] servings) {
                for (int m = from; m < to; m++) servings[m] = sv[m][index[combination][m - from]];
            }
        }

        /** 2 × how far a meal's share of the day's energy is from its usual share (breakfast 25 %, lunch 35 % ...). */
        double mealBalanceCost(int meal, double energy) {
            return 2 * Math.abs(energy / energyTarget - mealShare[meal]);
        }

        /** Nothing inside the bands (a hair inside ±5 % energy and ±10 % protein); a step and a steep slope outside. */
        /** Marks every recipe outside {@code ids} as costing {@link #UNPREFERRED_MEAL_COST} a meal (no marks when empty). */
        void prefer(java.util.Set<String> ids) {
            unpreferred = new boolean[recipes.size()];
            if (ids.isEmpty()) return;
            for (int r = 0; r < recipes.size(); r++) unpreferred[r] = !ids.contains(recipes.get(r).recipe().id());
        }

        double nutritionCost(double energy, double prot) {
            double e = Math.abs(energy - energyTarget) / energyTarget;
            double p = Math.abs(prot - proteinTarget) / proteinTarget;
            double c = 0;
            if (e > 0.048) c += 4 + 200 * (e - 0.048);
            if (p > 0.098) c += 2 + 100 * (p - 0.098);
            return c;
        }

        double cost(Solution s) {
            return cost(s, null);
        }

        /** The objective; with a recorder, also reports where every gram came from. */
        double cost(Solution s, Recorder recorder) {
            return cost(s, recorder, cookSlots(s));
        }

        /** The objective with {@code cook} = {@link #cookSlots}(s) already known. */
        double cost(Solution s, Recorder recorder, int[] cook) {
            if (cook == null) return 1e9;
            int n = meals.size();
            double total = 0;
            double[] remaining = lotGrams.clone();
            boolean[] bought = new boolean[foods.size()];
            int[] boughtOfFamily = new int[families.size()]; // the food bought for a family: one pack serves its other recipes
            Arrays.fill(boughtOfFamily, -1);
            int boughtCount = 0;
            int[] uses = new int[recipes.size()];
            int[] cuisines = new int[cuisineCount];
            double[] capEaten = new double[capGrams.length];
            // per cooking slot: the whole batch's servings (person's), and energy and protein per serving as cooked
            double[] batch = new double[days * n];
            double[] slotKcal = new double[days * n];
            double[] slotProtein = new double[days * n];
            for (int slot = 0; slot < cook.length; slot++) if (cook[slot] >= 0) batch[cook[slot]] += s.servings[slot / n][slot % n];
            for (int d = 0; d < days; d++) {
                double e = 0;
                double p = 0;
                int dishes = 0;
                int minutes = 0;
                Arrays.fill(cuisines, 0);
                Arrays.fill(capEaten, 0);
                for (int m = 0; m < n; m++) {
                    int slot = d * n + m;
                    int r = s.recipe[d][m];
                    if (r < 0) continue;
                    double sv = s.servings[d][m];
                    int origin = cook[slot];
                    if (origin == slot) {
                        double portions = batch[slot] * people;
                        double mealKcal = 0;
                        double mealProtein = 0;
                        if (batch[slot] > 4) total += 2 * (batch[slot] - 4);
                        if (++uses[r] > 1) total += 0.3;
                        if (cooked[r]) {
                            dishes++;
                            minutes += activeMinutes[r];
                        }
                        for (int k = 0; k < ingredientFood[r].length; k++) {
                            int f = ingredientFood[r][k];
                            double need = ingredientGrams[r][k] * portions;
                            if (ingredientStaple[r][k]) {
                                mealKcal += need * foodKcal[f];
                                mealProtein += need * foodProtein[f];
                                if (recorder != null) recorder.use(d, m, f, f, need, 0, 0, true);
                                continue;
                            }
                            int family = ingredientFamily[r][k];
                            boolean exact = ingredientExact[r][k];
                            int lotsFrom = family < lotStart.length ? lotStart[family] : 0;
                            int lotsTo = family < lotStart.length ? lotEnd[family] : 0;
                            for (int l = lotsFrom; l < lotsTo && need > 1e-9; l++) {
                                if (lotExpiresDay[l] < d || remaining[l] <= 0) continue;
                                if (exact && lotFood[l] != f) continue;
                                double take = Math.min(need, remaining[l]);
                                remaining[l] -= take;
                                need -= take;
                                mealKcal += take * foodKcal[lotFood[l]];
                                mealProtein += take * foodProtein[lotFood[l]];
                                total -= (0.0005 + 0.003 * lotRisk[l]) * take;
                                if (recorder != null) recorder.use(d, m, f, lotFood[l], take, take, 0, false);
                            }
                            if (need > 1e-9) {
                                int buy = exact || boughtOfFamily[family] < 0 ? f : boughtOfFamily[family];
                                if (ingredientPinch[r][k] && !bought[buy] && request.shop() != ShopMode.ANY
                                        && (listedFamilies == null || !listedFamilies[family])) {
                                    total += SKIP_COST;
                                    if (recorder != null) recorder.skip(d, m, f, need);
                                    continue;
                                }
                                mealKcal += need * foodKcal[buy];
                                mealProtein += need * foodProtein[buy];
                                total += (allowEmpty ? 0.01 : 0.0005) * need;
                                if (!bought[buy]) {
                                    bought[buy] = true;
                                    if (boughtOfFamily[family] < 0) boughtOfFamily[family] = buy;
                                    total += perFood;
                                    if (request.maxBuy() >= 0 && ++boughtCount > request.maxBuy()) total += 30;
                                }
                                if (recorder != null) recorder.use(d, m, f, buy, need, 0, need, false);
                            }
                        }
                        slotKcal[slot] = mealKcal / portions;
                        slotProtein[slot] = mealProtein / portions;
                    }
                    double mealEnergy = slotKcal[origin] * sv;
                    e += mealEnergy;
                    p += slotProtein[origin] * sv;
                    if (mealEnergy > maxMealKcal[m]) total += 30 + 0.1 * (mealEnergy - maxMealKcal[m]); // enforceBounds cuts such a meal: as good as forbidden
                    total += 0.15 * Math.abs(sv - 1) + mealBalanceCost(m, mealEnergy);
                    if (r < unpreferred.length && unpreferred[r]) total += UNPREFERRED_MEAL_COST;
                    if (r < unfinished.length && unfinished[r]) total += UNFINISHED_MEAL_COST;
                    if (++cuisines[cuisine[r]] > 1) total += 0.05;
                    for (int k = 0; k < ingredientCap[r].length; k++) {
                        if (ingredientCap[r][k] >= 0) capEaten[ingredientCap[r][k]] += ingredientGrams[r][k] * sv;
                    }
                    if (recorder != null && origin != slot) recorder.leftover(d, m, origin / n, origin % n);
                    if (recorder != null) recorder.meal(d, m, mealEnergy);
                }
                for (int c = 0; c < capGrams.length; c++) if (capEaten[c] > capGrams[c]) total += 0.05 * (capEaten[c] - capGrams[c]);
                if (dishes > request.maxDishesPerDay()) total += DISH_COST * (dishes - request.maxDishesPerDay());
                if (minutes > request.maxActiveMinutes()) total += 0.05 * (minutes - request.maxActiveMinutes());
                total += nutritionCost(e, p);
            }
            for (int l = 0; l < remaining.length; l++) total += 0.004 * lotRisk[l] * remaining[l];
            if (recorder != null) recorder.leftover(remaining);
            return total;
        }

        interface Recorder {
            /** Grams of recipe food {@code food} cooked at a meal, served by {@code usedFood} (the same unless substituted). */
            void use(int day, int meal, int food, int usedFood, double grams, double fromStock, double toBuy, boolean staple);

            /** A pinch of {@code food} at a meal, neither at home nor bought: the dish is cooked without it. */
            default void skip(int day, int meal, int food, double grams) {
            }

            /** The meal of {@code day} eats leftovers of the dish cooked at {@code cookDay}'s {@code cookMeal}. */
            default void leftover(int day, int meal, int cookDay, int cookMeal) {
            }

            /** The energy the person eats at a meal, from the foods actually used. */
            default void meal(int day, int meal, double energy) {
            }

            void leftover(double[] remainingLots);
        }

        /**
         * What --shop none and --max-buy promise, made certain: while the plan buys what it may not,
         * the meals that cook with it are left out (the search makes this rare; the plan says so).
         */
        Solution enforceShopping(Solution start) {
            if (request.shop() != ShopMode.NONE && request.maxBuy() < 0) return start;
            Solution s = start.copy();
            for (int round = 0; round < days * meals.size(); round++) {
                Map<Integer, Double> boughtGrams = new HashMap<>();
                Map<Integer, java.util.Set<Integer>> slotsBuying = new HashMap<>();
                int n = meals.size();
                cost(s, new Recorder() {
                    @Override
                    public void use(int day, int meal, int food, int usedFood, double grams, double fromStock, double toBuy, boolean staple) {
                        if (toBuy <= 1e-9) return;
                        boughtGrams.merge(usedFood, toBuy, Double::sum);
                        slotsBuying.computeIfAbsent(usedFood, k -> new java.util.TreeSet<>()).add(day * n + meal);
                    }

                    @Override
                    public void leftover(double[] remainingLots) {
                    }
                });
                int allowed = request.shop() == ShopMode.NONE ? 0 : request.maxBuy();
                if (boughtGrams.size() <= allowed) return s;
                // drop the meals that buy the food needed least
                int food = boughtGrams.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
                int[] cook = cookSlots(s);
                for (int slot : slotsBuying.get(food)) {
                    for (int other = 0; other < cook.length; other++) {
                        if (cook[other] == slot) s.recipe[other / n][other % n] = -1; // the dish and its leftovers
                    }
                }
            }
            return s;
        }

        /**
         * The meal energy bounds made certain: the search keeps them through the estimate and a penalty, but
         * a substitute richer than the estimate can push a meal over; such a meal gets a smaller portion,
         * or is left out when even half a serving is too much.
         */
        Solution enforceBounds(Solution start) {
            Solution s = start.copy();
            int n = meals.size();
            for (int round = 0; round < 4 * days * n; round++) {
                double[] energy = new double[days * n];
                cost(s, new Recorder() {
                    @Override
                    public void use(int day, int meal, int food, int usedFood, double grams, double fromStock, double toBuy, boolean staple) {
                    }

                    @Override
                    public void meal(int day, int meal, double e) {
                        energy[day * n + meal] = e;
                    }

                    @Override
                    public void leftover(double[] remainingLots) {
                    }
                });
                int worst = -1;
                for (int slot = 0; slot < energy.length; slot++) {
                    if (energy[slot] > maxMealKcal[slot % n] && (worst < 0 || energy[slot] / maxMealKcal[slot % n] > energy[worst] / maxMealKcal[worst % n])) {
                        worst = slot;
                    }
                }
                if (worst < 0) return s;
                int d = worst / n;
                int m = worst % n;
                if (s.servings[d][m] > PORTIONS[0]) s.servings[d][m] -= 0.5;
                else s.recipe[d][m] = -1;
            }
            return s;
        }

        /**
         * The plan as shown. The search decides a pinch by what was bought before it in the plan; here a pinch of a
         * family that is on the shopping list anyway is bought with it (same item, a few grams more), never left out.
         */
        MealPlan render(Solution s) {
            boolean[] listed = new boolean[families.size()];
            int n = meals.size();
            cost(s, new Recorder() {
                @Override
                public void use(int day, int meal, int food, int usedFood, double grams, double fromStock, double toBuy, boolean staple) {
                    if (toBuy > 1e-9) listed[family(foods.get(usedFood))] = true;
                }

                @Override
                public void leftover(double[] remainingLots) {
                }
            });
            listedFamilies = listed;
            return new PlanRenderer(this).render(s);
        }
    }
}
