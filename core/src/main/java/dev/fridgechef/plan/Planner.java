package dev.fridgechef.plan;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
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

/**
 * The offline planner. It treats planning as an optimisation problem:
 *
 * <p><b>Decision</b>: for each day d and meal slot m, a recipe r(d,m) and a portion s(d,m) from
 * {0.5, 1, 1.5, 2, 2.5} servings (snacks up to 1.5, breakfasts up to 2).
 *
 * <p><b>Hard constraints</b>: every recipe passes the profile's rules (allergies, diet, flags,
 * dislikes: recipes that break one are never candidates); the same recipe is not planned twice
 * within 3 days; stock is consumed day by day in expiry order (an item is only used on or before
 * its expiry date, and never twice).
 *
 * <p><b>Objective</b> (minimised), summed over days:
 * <ul>
 *   <li>energy error e = |E − E*| / E*: 10·e + 200·max(0, e − 5 %), so the ±5 % band is all but hard;</li>
 *   <li>protein error p = |P − P*| / P*: 5·p + 100·max(0, p − 10 %);</li>
 *   <li>shopping: 0.15 per food to buy + 0.0005 per gram to buy;</li>
 *   <li>stock: −0.0005 per gram cooked from stock, −0.002 more per gram of an item that expires
 *       within the plan, +0.004 per gram of such an item left to spoil;</li>
 *   <li>variety: +0.3 for a recipe repeated anywhere in the plan, +0.05 for two dishes of one
 *       cuisine on a day; +0.01 per half serving away from 1 (people cook whole recipes);</li>
 *   <li>meal balance: 2 × |a meal's share of the day's energy − its usual share| (breakfast 25 %,
 *       lunch 35 %, dinner 30 %, snack 10 %, rescaled to the meals planned).</li>
 * </ul>
 *
 * <p><b>Method</b>: portions are exact — for a day's recipes every combination of portions is
 * tried (at most 5⁴) against the day's energy and protein. Recipes are chosen by a greedy start
 * (most soon-expiring stock first), improved by simulated annealing whose moves replace one or two
 * meals of a day or swap a meal between days, with the full stock simulation in every evaluation,
 * and finished by a best-improvement descent over the stock-richest candidates of every slot. The
 * seed is fixed, so the same request gives the same plan. {@link #exhaustive} solves small
 * instances exactly to measure the gap.
 */
public final class Planner {
    static final double[] PORTIONS = {0.5, 1, 1.5, 2, 2.5};

    private final RecipeLibrary library;

    public Planner(RecipeLibrary library) {
        this.library = library;
    }

    /** Search effort and candidate pool size; {@code maxCandidates} = 0 means the whole library. */
    public record Options(int iterationsPerSlot, long seed, int maxCandidates) {
        public static final Options DEFAULT = new Options(300, 20261125L, 0);
    }

    public MealPlan plan(PlanRequest request) {
        return plan(request, Options.DEFAULT);
    }

    public MealPlan plan(PlanRequest request, Options options) {
        Problem p = new Problem(request, library, options.maxCandidates());
        Solution s = p.greedy();
        s = anneal(p, s, options);
        s = polish(p, s);
        return p.render(s);
    }

    /**
     * {@code current} with the meal {@code meal} of day {@code day} (0-based) replaced by the best other
     * recipe for that slot under the same objective: the other meals keep their recipe and portion,
     * the new meal gets the best portion, and the 3-day rule holds whenever some candidate allows it.
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
                if (strict && !p.varietyOk(s, day, m)) continue;
                for (double sv : PORTIONS) {
                    if (sv > p.maxPortion(m)) continue;
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
     * most soon-expiring stock) in every slot and keeps each change that lowers the cost, until a
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
                        if (!p.varietyOk(current)) continue;
                        p.choosePortions(current, d);
                        double c = p.cost(current);
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

    private static Solution anneal(Problem p, Solution start, Options o) {
        Random random = new Random(o.seed() ^ p.fingerprint());
        Solution current = start.copy();
        double currentCost = p.cost(current);
        Solution best = current.copy();
        double bestCost = currentCost;
        int slots = p.days * p.meals.size();
        int iterations = Math.max(2000, o.iterationsPerSlot() * slots);
        double t0 = 0.5;
        for (int it = 0; it < iterations; it++) {
            double temperature = t0 * (1 - (double) it / iterations) + 1e-4;
            int day = random.nextInt(p.days);
            int meal = random.nextInt(p.meals.size());
            Solution next = current.copy();
            if (random.nextInt(4) == 0 && p.days > 1) {
                int other = random.nextInt(p.days);
                int tmp = next.recipe[day][meal];
                next.recipe[day][meal] = next.recipe[other][meal];
                next.recipe[other][meal] = tmp;
                p.choosePortions(next, other);
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
            if (!p.varietyOk(next)) continue;
            p.choosePortions(next, day);
            double cost = p.cost(next);
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

    /** A candidate plan: recipe index and portion per day and meal. */
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
        final PlanRequest request;
        final int days;
        final List<MealType> meals;
        final double energyTarget;
        final double proteinTarget;
        final double[] mealShare;
        final List<RecipeFacts> recipes = new ArrayList<>();
        final int[][] pool;       // per meal slot: allowed recipe indexes
        final int[][] favourites; // per meal slot: the candidates that use most soon-expiring stock
        // per recipe: kcal and protein per serving, ingredient food index and grams per serving
        double[] kcal;
        double[] protein;
        int[][] ingredientFood;
        double[][] ingredientGrams;
        int[] cuisine;
        int cuisineCount;
        // foods and stock lots, lots of a food contiguous and sorted by expiry
        final Map<String, Integer> foodIndex = new HashMap<>();
        final Map<String, Integer> families = new HashMap<>();
        int[][] ingredientFamily;
        final List<Food> foods = new ArrayList<>();
        int[] lotStart;
        int[] lotEnd;
        double[] lotGrams;
        int[] lotExpiresDay;
        Food[] lotFoods;
        double soonExpiringGrams;

        Problem(PlanRequest request, RecipeLibrary library, int maxCandidates) {
            this(request, library, maxCandidates, java.util.Set.of());
        }

        /** {@code alsoKnown}: recipes to evaluate even if the rules now refuse them (meals already planned); never candidates. */
        Problem(PlanRequest request, RecipeLibrary library, int maxCandidates, java.util.Set<String> alsoKnown) {
            this.request = request;
            this.days = request.days();
            this.meals = request.meals();
            this.energyTarget = request.targets().energy() * slotShare(meals);
            this.mealShare = new double[meals.size()];
            for (int m = 0; m < meals.size(); m++) mealShare[m] = share(meals.get(m)) / slotShare(meals);
            this.proteinTarget = request.targets().protein() * slotShare(meals);
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
            pool = new int[meals.size()][];
            favourites = new int[meals.size()][];
            double[] stockScore = new double[recipes.size()];
            for (int r = 0; r < recipes.size(); r++) stockScore[r] = stockScore(r);
            for (int m = 0; m < meals.size(); m++) {
                MealType meal = meals.get(m);
                List<Integer> ids = new ArrayList<>();
                for (int r = 0; r < recipes.size(); r++) {
                    if (allowed.get(r) && recipes.get(r).recipe().meals().contains(meal)) ids.add(r);
                }
                ids.sort(Comparator.comparingDouble((Integer r) -> -stockScore[r]).thenComparing(r -> recipes.get(r).recipe().id()));
                if (maxCandidates > 0 && ids.size() > maxCandidates) ids = ids.subList(0, maxCandidates);
                pool[m] = ids.stream().mapToInt(Integer::intValue).toArray();
                favourites[m] = Arrays.copyOf(pool[m], Math.min(pool[m].length, 25));
            }
        }

        /** Planning fewer meals than the full day scales the targets down to the meals planned. */
        static double slotShare(List<MealType> meals) {
            double total = 0;
            for (MealType m : meals) total += share(m);
            return Math.min(1, total);
        }

        private static double share(MealType m) {
            return switch (m) {
                case BREAKFAST -> 0.25;
                case LUNCH -> 0.35;
                case DINNER -> 0.30;
                case SNACK -> 0.10;
            };
        }

        private void compileRecipes() {
            int n = recipes.size();
            kcal = new double[n];
            protein = new double[n];
            ingredientFood = new int[n][];
            ingredientGrams = new double[n][];
            ingredientFamily = new int[n][];
            cuisine = new int[n];
            Map<String, Integer> cuisineIndex = new HashMap<>();
            for (int r = 0; r < n; r++) {
                RecipeFacts f = recipes.get(r);
                kcal[r] = f.energyPerServing();
                protein[r] = f.proteinPerServing();
                cuisine[r] = cuisineIndex.computeIfAbsent(f.recipe().cuisine(), c -> cuisineIndex.size());
                List<Integer> foodsUsed = new ArrayList<>();
                List<Double> grams = new ArrayList<>();
                for (int i = 0; i < f.foods().size(); i++) {
                    if (f.recipe().ingredients().get(i).optional()) continue; // garnish: not planned, not bought
                    foodsUsed.add(food(f.foods().get(i)));
                    grams.add(f.gramsFor(i, 1));
                }
                ingredientFood[r] = foodsUsed.stream().mapToInt(Integer::intValue).toArray();
                ingredientFamily[r] = foodsUsed.stream().mapToInt(i -> family(foods.get(i))).toArray();
                ingredientGrams[r] = grams.stream().mapToDouble(Double::doubleValue).toArray();
            }
            cuisineCount = cuisineIndex.size();
        }

        private int food(Food f) {
            return foodIndex.computeIfAbsent(f.id(), id -> {
                foods.add(f);
                return foods.size() - 1;
            });
        }

        /** Stock and ingredients meet by family, so salted butter in the fridge serves a recipe's unsalted butter. */
        private int family(Food f) {
            return families.computeIfAbsent(Substitutes.familyOf(f), k -> families.size());
        }

        private void compileStock(DietRules rules) {
            record Lot(int food, double grams, int expiresDay, Food what) {
            }
            List<Lot> lots = new ArrayList<>();
            for (StockEntry e : request.stock()) {
                if (!StockRules.usable(e, request.start())) continue;
                if (!rules.allows(e.food())) continue; // never cook a person's allergen from the fridge, whatever the recipe says
                int expires = e.item().expiresOn() == null ? Integer.MAX_VALUE
                        : (int) ChronoUnit.DAYS.between(request.start(), e.item().expiresOn());
                lots.add(new Lot(family(e.food()), e.grams(), expires, e.food()));
            }
            int familyCount = families.size();
            lots.sort(Comparator.comparingInt(Lot::food).thenComparingInt(Lot::expiresDay));
            lotStart = new int[familyCount];
            lotEnd = new int[familyCount];
            lotGrams = new double[lots.size()];
            lotExpiresDay = new int[lots.size()];
            lotFoods = new Food[lots.size()];
            for (int i = 0; i < lots.size(); i++) {
                Lot l = lots.get(i);
                if (i == 0 || lots.get(i - 1).food() != l.food()) lotStart[l.food()] = i;
                lotEnd[l.food()] = i + 1;
                lotGrams[i] = l.grams();
                lotExpiresDay[i] = l.expiresDay();
                lotFoods[i] = l.what();
                if (l.expiresDay() < days) soonExpiringGrams += l.grams();
            }
        }

        /** Share of a serving's grams the stock holds, counting soon-expiring stock three times. */
        private double stockScore(int r) {
            double score = 0;
            double total = 0;
            for (int k = 0; k < ingredientFood[r].length; k++) {
                int f = ingredientFamily[r][k];
                double need = ingredientGrams[r][k];
                total += need;
                if (f >= lotStart.length) continue;
                for (int l = lotStart[f]; l < lotEnd[f]; l++) {
                    double take = Math.min(need, lotGrams[l]);
                    score += take * (lotExpiresDay[l] < days ? 3 : 1);
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
            return h;
        }

        Solution greedy() {
            Solution s = new Solution(days, meals.size());
            for (int[] day : s.recipe) Arrays.fill(day, -1);
            for (int d = 0; d < days; d++) {
                for (int m = 0; m < meals.size(); m++) {
                    for (int candidate : pool[m]) {
                        s.recipe[d][m] = candidate;
                        if (varietyOk(s, d, m)) break;
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
            for (int d = 0; d < days; d++) {
                for (int m = 0; m < meals.size(); m++) {
                    if (!varietyOk(s, d, m)) return false;
                }
            }
            return true;
        }

        /** No recipe twice within 3 days (the same day included). */
        private boolean varietyOk(Solution s, int day, int meal) {
            int r = s.recipe[day][meal];
            if (r < 0) return true;
            for (int d = Math.max(0, day - 2); d <= Math.min(days - 1, day + 2); d++) {
                for (int m = 0; m < meals.size(); m++) {
                    if ((d != day || m != meal) && s.recipe[d][m] == r) return false;
                }
            }
            return true;
        }

        double maxPortion(int meal) {
            return switch (meals.get(meal)) {
                case SNACK -> 1.5;
                case BREAKFAST -> 2;
                default -> 2.5;
            };
        }

        /** Tries every portion combination of the day and keeps the one closest to the targets. */
        void choosePortions(Solution s, int day) {
            int n = meals.size();
            int[] idx = new int[n];
            double best = Double.POSITIVE_INFINITY;
            double[] bestServings = new double[n];
            while (true) {
                double e = 0;
                double p = 0;
                double portionCost = 0;
                boolean valid = true;
                for (int m = 0; m < n; m++) {
                    double sv = PORTIONS[idx[m]];
                    if (sv > maxPortion(m)) {
                        valid = false;
                        break;
                    }
                    int r = s.recipe[day][m];
                    if (r < 0) continue;
                    e += kcal[r] * sv;
                    p += protein[r] * sv;
                    portionCost += 0.01 * Math.abs(sv - 1) * 2 + mealBalanceCost(m, kcal[r] * sv);
                }
                if (valid) {
                    double c = nutritionCost(e, p) + portionCost;
                    if (c < best) {
                        best = c;
                        for (int m = 0; m < n; m++) bestServings[m] = PORTIONS[idx[m]];
                    }
                }
                int k = 0;
                while (k < n && ++idx[k] >= PORTIONS.length) idx[k++] = 0;
                if (k == n) break;
            }
            s.servings[day] = bestServings;
        }

        /** 2 × how far a meal's share of the day's energy is from its usual share (breakfast 25 %, lunch 35 % ...). */
        double mealBalanceCost(int meal, double energy) {
            return 2 * Math.abs(energy / energyTarget - mealShare[meal]);
        }

        double nutritionCost(double energy, double prot) {
            double e = Math.abs(energy - energyTarget) / energyTarget;
            double p = Math.abs(prot - proteinTarget) / proteinTarget;
            return 10 * e + 200 * Math.max(0, e - 0.05) + 5 * p + 100 * Math.max(0, p - 0.10);
        }

        double cost(Solution s) {
            return cost(s, null);
        }

        /** The objective; with a recorder, also reports where every gram came from. */
        double cost(Solution s, Recorder recorder) {
            double total = 0;
            double[] remaining = lotGrams.clone();
            boolean[] bought = new boolean[foods.size()];
            int[] uses = new int[recipes.size()];
            int[] cuisines = new int[cuisineCount];
            for (int d = 0; d < days; d++) {
                double e = 0;
                double p = 0;
                Arrays.fill(cuisines, 0);
                for (int m = 0; m < meals.size(); m++) {
                    int r = s.recipe[d][m];
                    if (r < 0) continue;
                    double sv = s.servings[d][m];
                    e += kcal[r] * sv;
                    p += protein[r] * sv;
                    total += 0.01 * Math.abs(sv - 1) * 2 + mealBalanceCost(m, kcal[r] * sv);
                    if (++uses[r] > 1) total += 0.3;
                    if (++cuisines[cuisine[r]] > 1) total += 0.05;
                    for (int k = 0; k < ingredientFood[r].length; k++) {
                        int f = ingredientFood[r][k];
                        int family = ingredientFamily[r][k];
                        double need = ingredientGrams[r][k] * sv;
                        double fromStock = 0;
                        int lotsFrom = family < lotStart.length ? lotStart[family] : 0;
                        int lotsTo = family < lotStart.length ? lotEnd[family] : 0;
                        for (int l = lotsFrom; l < lotsTo && need > 1e-9; l++) {
                            if (lotExpiresDay[l] < d || remaining[l] <= 0) continue;
                            double take = Math.min(need, remaining[l]);
                            remaining[l] -= take;
                            need -= take;
                            fromStock += take;
                            total -= 0.0005 * take + (lotExpiresDay[l] < days ? 0.002 * take : 0);
                        }
                        if (need > 1e-9) {
                            total += 0.0005 * need;
                            if (!bought[f]) {
                                bought[f] = true;
                                total += 0.15;
                            }
                        }
                        if (recorder != null) recorder.use(d, m, f, ingredientGrams[r][k] * sv, fromStock, Math.max(0, need));
                    }
                }
                total += nutritionCost(e, p);
            }
            for (int l = 0; l < remaining.length; l++) {
                if (lotExpiresDay[l] < days) total += 0.004 * remaining[l];
            }
            if (recorder != null) recorder.leftover(remaining);
            return total;
        }

        interface Recorder {
            void use(int day, int meal, int food, double grams, double fromStock, double toBuy);

            void leftover(double[] remainingLots);
        }

        MealPlan render(Solution s) {
            return new PlanRenderer(this).render(s);
        }
    }
}
