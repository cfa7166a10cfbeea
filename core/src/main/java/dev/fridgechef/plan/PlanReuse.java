package dev.fridgechef.plan;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.FoodFamilies;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.inventory.StockRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the days of a stored AI plan that fall in today's request can serve it, re-checked against
 * today's profile rules, stock and expiry. Nothing of the stored plan's stock accounting is trusted:
 * the dishes and their grams are kept, and where each gram comes from is worked out again, the way
 * the planner does (stock of the same food family, earliest expiry first, only on or before its
 * expiry day, on the day the dish is cooked). The plan is refused when:
 * <ul>
 *   <li>the household size or meal set differ, or the stored plan does not cover every requested day;</li>
 *   <li>a meal eats leftovers of a dish cooked before the first requested day that was not marked cooked
 *       and the plan does not have (a dish it has is cooked again for that meal, from today's stock);</li>
 *   <li>a food breaks the person's rules, or a day's energy moved off the target by substitutions
 *       (beyond ±10 % and beyond the stored day's own error);</li>
 *   <li>it needs more than {@code maxExtraFoods} foods bought beyond what the plan bought for those
 *       days when it was made (a food counts when over {@value #EXTRA_GRAMS} g more of it is needed),
 *       or over {@value #EXTRA_GRAMS_PER_PERSON} g more in all per person (stock the plan was made
 *       around is gone: it was made for another fridge), or anything bought with --shop none, or
 *       more foods than --max-buy;</li>
 *   <li>it ignores soon-expiring food: a lot of at least {@value #SPOIL_GRAMS} g (what the planner
 *       warns about) expiring before the plan's end + {@value Planner#BEYOND} days, allowed by the rules and
 *       not a pantry staple, from which the requested days take nothing, of a food the stored plan
 *       never considered (it neither took that food from stock nor warned it would spoil: the plan
 *       was made without it, for another fridge or before it was bought).</li>
 * </ul>
 * At-risk stock the reused days leave gets the planner's warnings (freeze it, or use it up).
 * The extra shopping is measured against the plan's own purchases rather than a fresh offline plan:
 * the person already accepted that plan's list, computing it costs nothing, and a model's plan and
 * the offline planner's differ in shopping by design.
 */
public final class PlanReuse {
    /** Grams more of a food to buy than the stored plan bought for the same days before it counts as an extra food. */
    static final double EXTRA_GRAMS = 50;
    /** The planner warns about at-risk stock left from this many grams; a lot this size that the plan never touches is ignored food. */
    static final double SPOIL_GRAMS = 30;
    /** At most this much more to buy in all, per person: about one pack of meat or a bag of rice. */
    static final double EXTRA_GRAMS_PER_PERSON = 300;
    static final double ENERGY_TOLERANCE = 0.10;
    public static final int DEFAULT_MAX_EXTRA_FOODS = 2;

    private final FoodDatabase foods;
    private final int maxExtraFoods;

    public PlanReuse(FoodDatabase foods, int maxExtraFoods) {
        this.foods = foods;
        this.maxExtraFoods = maxExtraFoods;
    }

    /** The plan recomputed for today's request, or why it cannot serve it. */
    public record Verdict(MealPlan plan, String refusal) {
        static Verdict no(String why) {
            return new Verdict(null, why);
        }

        public boolean accepted() {
            return plan != null;
        }
    }

    /** {@link #check(MealPlan, PlanRequest, Set)} with no meal known to be cooked. */
    public Verdict check(MealPlan stored, PlanRequest request) {
        return check(stored, request, Set.of());
    }

    /**
     * {@code cooked}: the meals the person marked cooked, as {@link #cookedKey} — a meal of the window
     * that eats leftovers of a dish cooked before it is kept only when that dish was marked cooked.
     */
    public Verdict check(MealPlan stored, PlanRequest request, Set<String> cooked) {
        return check(stored, request, cooked, null);
    }

    /**
     * As {@link #check(MealPlan, PlanRequest, Set)}; {@code freshPlanLeaves}: the stock foods a fresh
     * plan for the same request would not cook with either, so leaving them is no reason to refuse.
     * Given these, food the stored plan only warned about no longer counts as considered (a fresh plan
     * might cook with it); null: the stored plan's warnings count (no fresh plan to compare with).
     */
    public Verdict check(MealPlan stored, PlanRequest request, Set<String> cooked, Set<String> freshPlanLeaves) {
        return check(stored, request, cooked, freshPlanLeaves, null);
    }

    /**
     * As {@link #check(MealPlan, PlanRequest, Set, Set)}, the extra shopping measured against what
     * {@code boughtBy} bought for the requested days (null: the stored plan itself). A plan made anew
     * today from a model's earlier dishes ({@link DishReuse}) is measured against the plan those
     * dishes first made.
     */
    public Verdict check(MealPlan stored, PlanRequest request, Set<String> cooked, Set<String> freshPlanLeaves, MealPlan boughtBy) {
        if (stored.people() != request.people()) return Verdict.no("household of " + stored.people() + ", not " + request.people());
        if (!new HashSet<>(stored.meals()).equals(new HashSet<>(request.meals()))) return Verdict.no("other meals");
        LocalDate first = request.start();
        LocalDate last = first.plusDays(request.days() - 1L);
        List<MealPlan.Day> window = stored.plan().stream().filter(d -> !d.date().isBefore(first) && !d.date().isAfter(last))
                .sorted(Comparator.comparing(MealPlan.Day::date)).map(d -> cookingUncookedLeftovers(stored, d, first, cooked, request.people()))
                .toList();
        if (window.size() != request.days()) return Verdict.no("does not cover the requested days");
        DietRules rules = new DietRules(request.profile());
        for (MealPlan.Day day : window) {
            for (MealPlan.Meal meal : day.meals()) {
                if (meal.leftover() && meal.leftoverFrom().isBefore(first) && !cookedBefore(stored, meal, cooked)) {
                    return Verdict.no(day.date() + ": leftovers of an earlier day not marked cooked");
                }
                for (MealPlan.IngredientUse u : meal.ingredients()) {
                    for (String id : new String[] {u.foodId(), u.usedFoodId()}) {
                        if (id == null) continue;
                        Optional<Food> food = foods.byId(id);
                        if (food.isEmpty()) return Verdict.no("unknown food " + id);
                        if (!rules.allows(food.get())) return Verdict.no(food.get().displayName(false) + " breaks a rule");
                    }
                }
            }
        }
        Lots lots = new Lots(request, rules);
        Map<String, Double> boughtThen = new LinkedHashMap<>();
        if (boughtBy != null) {
            boughtBy.plan().stream().filter(d -> !d.date().isBefore(first) && !d.date().isAfter(last)).forEach(d -> d.meals()
                    .forEach(m -> m.ingredients().forEach(u -> boughtThen.merge(u.foodId(), u.toBuyGrams(), Double::sum))));
        }
        List<MealPlan.Day> days = new ArrayList<>();
        Map<String, Double> toBuy = new LinkedHashMap<>();
        double share = Planner.Problem.slotShare(request.meals());
        double energyTarget = request.targets().energy() * share;
        double proteinTarget = request.targets().protein() * share;
        Map<String, List<MealPlan.IngredientUse>> cookedUses = new LinkedHashMap<>();
        double worstEnergy = 0;
        double worstProtein = 0;
        List<MealPlan.Warning> warnings = new ArrayList<>();
        for (MealPlan.Day day : window) {
            List<MealPlan.Meal> meals = new ArrayList<>();
            Nutrients total = Nutrients.ZERO;
            for (MealPlan.Meal meal : day.meals()) {
                if (boughtBy == null) meal.ingredients().forEach(u -> boughtThen.merge(u.foodId(), u.toBuyGrams(), Double::sum));
                Eaten now;
                if (meal.leftover() && meal.leftoverFrom().isBefore(first)) {
                    now = meal(meal, meal.ingredients(), 1.0 / request.people()); // cooked and kept: nothing to take or buy
                } else if (meal.leftover()) {
                    List<MealPlan.IngredientUse> uses = cookedUses.get(meal.leftoverFrom() + "/" + meal.recipeId());
                    if (uses == null) return Verdict.no(day.date() + ": leftovers of a dish not in the plan");
                    double part = meal.servings() * request.people() / Math.max(origin(window, meal).cookServings(), 1e-9);
                    now = meal(meal, uses.stream().map(u -> scaled(u, part)).toList(), 1.0 / request.people());
                } else {
                    List<MealPlan.IngredientUse> uses = lots.cook(meal, day.date(), toBuy);
                    cookedUses.put(day.date() + "/" + meal.recipeId(), uses);
                    now = meal(meal, uses, meal.servings() / Math.max(meal.cookServings(), 1e-9));
                }
                total = total.plus(now.nutrients());
                meals.add(now.meal());
            }
            double energy = total.getOrZero(Nutrient.ENERGY);
            double protein = total.getOrZero(Nutrient.PROTEIN);
            double error = Math.abs(energy - energyTarget) / energyTarget;
            double storedError = Math.abs(day.energy() - energyTarget) / energyTarget;
            if (error > ENERGY_TOLERANCE && error > storedError + 0.01) {
                return Verdict.no(day.date() + ": " + Math.round(energy) + " kcal with today's stock, the target is " + Math.round(energyTarget));
            }
            worstEnergy = Math.max(worstEnergy, error);
            worstProtein = Math.max(worstProtein, Math.abs(protein - proteinTarget) / proteinTarget);
            PlanRenderer.offTarget("plan.warning.protein", day.date(), protein, proteinTarget, PlanRenderer.PROTEIN_BAND).ifPresent(warnings::add);
            days.add(new MealPlan.Day(day.date(), meals, PlanRenderer.round1(energy), PlanRenderer.round1(protein),
                    PlanRenderer.round1(total.getOrZero(Nutrient.FAT)), PlanRenderer.round1(total.getOrZero(Nutrient.CARBOHYDRATE))));
        }
        toBuy.values().removeIf(g -> g < 0.5);
        if (request.shop() == ShopMode.NONE && !toBuy.isEmpty()) return Verdict.no("needs shopping, none is allowed");
        if (request.maxBuy() >= 0 && toBuy.size() > request.maxBuy()) return Verdict.no(toBuy.size() + " foods to buy, at most " + request.maxBuy());
        List<String> extra = toBuy.entrySet().stream().filter(e -> e.getValue() - boughtThen.getOrDefault(e.getKey(), 0.0) > EXTRA_GRAMS)
                .map(Map.Entry::getKey).toList();
        if (extra.size() > maxExtraFoods) return Verdict.no(extra.size() + " more foods to buy than the plan bought (" + String.join(", ", extra) + ")");
        double extraGrams = toBuy.entrySet().stream().mapToDouble(e -> Math.max(0, e.getValue() - boughtThen.getOrDefault(e.getKey(), 0.0))).sum();
        if (extraGrams > EXTRA_GRAMS_PER_PERSON * request.people()) {
            return Verdict.no(Math.round(extraGrams) + " g more to buy than the plan bought");
        }
        LocalDate horizon = last.plusDays(Planner.BEYOND + 1L);
        Set<String> considered = considered(stored, freshPlanLeaves == null);
        if (freshPlanLeaves != null) considered.addAll(freshPlanLeaves);
        Optional<String> ignored = lots.ignoredAtRisk(horizon, request.staples(), considered);
        if (ignored.isPresent()) return Verdict.no("ignores " + ignored.get());
        lots.spoilWarnings(horizon, request.staples(), warnings);

        List<MealPlan.ShoppingItem> shopping = new ArrayList<>();
        toBuy.forEach((id, grams) -> shopping.add(PlanRenderer.ShopUnits.item(foods.byId(id).orElseThrow(), grams)));
        shopping.sort(Comparator.comparing(MealPlan.ShoppingItem::nameEn));
        PlanRenderer.shoppingWarning(shopping).ifPresent(warnings::add);
        double bought = toBuy.values().stream().mapToDouble(Double::doubleValue).sum();
        MealPlan.Quality quality = new MealPlan.Quality(0, worstEnergy, worstProtein, lots.soonUsedShare(last.plusDays(Planner.BEYOND + 1L)),
                PlanRenderer.round1(lots.used()), PlanRenderer.round1(bought));
        return new Verdict(new MealPlan(first, request.days(), stored.meals(), PlanRenderer.round1(energyTarget), PlanRenderer.round1(proteinTarget),
                days, shopping, warnings, quality, stored.people(), stored.shop()), null);
    }

    /** The foods the stored plan cooked with from stock, and with {@code warned} those it warned would spoil: the stock it was made around. */
    private static Set<String> considered(MealPlan stored, boolean warned) {
        Set<String> ids = stored.foodsFromStock();
        if (!warned) return ids;
        for (MealPlan.Warning w : stored.warnings()) {
            if (!w.key().equals("plan.warning.freeze") && !w.key().equals("plan.warning.spoils")) continue;
            w.args().stream().filter(a -> a.startsWith("food:")).forEach(a -> ids.add(a.substring("food:".length())));
        }
        return ids;
    }

    /** How a cooked meal is named in {@code cooked}: "2026-11-25/dinner/chicken-plov". */
    public static String cookedKey(LocalDate day, dev.fridgechef.recipe.MealType meal, String recipeId) {
        return day + "/" + meal.key() + "/" + recipeId;
    }

    private static boolean cookedBefore(MealPlan stored, MealPlan.Meal leftover, Set<String> cooked) {
        return stored.plan().stream().filter(d -> d.date().equals(leftover.leftoverFrom())).flatMap(d -> d.meals().stream())
                .filter(m -> !m.leftover() && m.recipeId().equals(leftover.recipeId()))
                .anyMatch(m -> cooked.contains(cookedKey(leftover.leftoverFrom(), m.meal(), m.recipeId())));
    }

    /**
     * {@code day} with each meal that would eat leftovers of a dish from before {@code first} that was
     * not marked cooked turned into cooking that dish now, just this meal's portions: what a person
     * does when the big pot planned for yesterday was never made. Its stock and shopping are worked
     * out like any other cooked meal's; a leftover whose dish the plan does not have stays as it is.
     */
    private static MealPlan.Day cookingUncookedLeftovers(MealPlan stored, MealPlan.Day day, LocalDate first, Set<String> cooked, int people) {
        List<MealPlan.Meal> meals = new ArrayList<>();
        boolean changed = false;
        for (MealPlan.Meal meal : day.meals()) {
            Optional<MealPlan.Meal> origin = meal.leftover() && meal.leftoverFrom().isBefore(first) && !cookedBefore(stored, meal, cooked)
                    ? stored.plan().stream().filter(d -> d.date().equals(meal.leftoverFrom())).flatMap(d -> d.meals().stream())
                            .filter(m -> !m.leftover() && m.recipeId().equals(meal.recipeId())).findFirst()
                    : Optional.empty();
            if (origin.isEmpty()) {
                meals.add(meal);
                continue;
            }
            double portions = meal.servings() * people;
            double part = portions / Math.max(origin.get().cookServings(), 1e-9);
            meals.add(new MealPlan.Meal(meal.meal(), meal.recipeId(), meal.titleEn(), meal.titleRu(), meal.servings(), meal.energy(),
                    meal.protein(), origin.get().ingredients().stream().map(u -> scaled(u, part)).toList(), portions, null, List.of(),
                    origin.get().activeMinutes(), origin.get().skipped()));
            changed = true;
        }
        return changed ? new MealPlan.Day(day.date(), meals, day.energy(), day.protein(), day.fat(), day.carbohydrate()) : day;
    }

    private static MealPlan.Meal origin(List<MealPlan.Day> window, MealPlan.Meal leftover) {
        return window.stream().filter(d -> d.date().equals(leftover.leftoverFrom())).flatMap(d -> d.meals().stream())
                .filter(m -> !m.leftover() && m.recipeId().equals(leftover.recipeId())).findFirst().orElseThrow();
    }

    private static MealPlan.IngredientUse scaled(MealPlan.IngredientUse u, double part) {
        return new MealPlan.IngredientUse(u.foodId(), u.nameEn(), u.nameRu(), PlanRenderer.round1(u.grams() * part), 0, 0, u.usedFoodId(),
                u.usedNameEn(), u.usedNameRu(), u.staple());
    }

    private record Eaten(MealPlan.Meal meal, Nutrients nutrients) {
    }

    /** The meal with new ingredient sources; {@code eatenShare}: the person's share of the listed grams. */
    private Eaten meal(MealPlan.Meal m, List<MealPlan.IngredientUse> uses, double eatenShare) {
        List<MealPlan.Substitution> substitutions = uses.stream().filter(u -> u.usedFoodId() != null)
                .map(u -> new MealPlan.Substitution(u.foodId(), u.nameEn(), u.nameRu(), u.usedFoodId(), u.usedNameEn(), u.usedNameRu(), u.grams()))
                .toList();
        Nutrients eaten = Nutrients.ZERO;
        for (MealPlan.IngredientUse u : uses) eaten = eaten.plus(foods.byId(u.eatenFoodId()).orElseThrow().per100g().scaled(u.grams() * eatenShare / 100));
        return new Eaten(new MealPlan.Meal(m.meal(), m.recipeId(), m.titleEn(), m.titleRu(), m.servings(),
                PlanRenderer.round1(eaten.getOrZero(Nutrient.ENERGY)), PlanRenderer.round1(eaten.getOrZero(Nutrient.PROTEIN)), uses,
                m.cookServings(), m.leftoverFrom(), substitutions, m.activeMinutes()), eaten);
    }

    /** Today's usable stock, allowed by the rules, as lots taken in expiry order. */
    private final class Lots {
        private final List<Lot> lots = new ArrayList<>();

        private final class Lot {
            final Food food;
            final String family;
            final LocalDate expires;
            final double grams;
            double left;

            Lot(Food food, double grams, LocalDate expires) {
                this.food = food;
                this.family = FoodFamilies.familyOf(food);
                this.grams = grams;
                this.left = grams;
                this.expires = expires;
            }
        }

        Lots(PlanRequest request, DietRules rules) {
            for (StockEntry e : request.stock()) {
                if (!StockRules.usable(e, request.start()) || !rules.allows(e.food())) continue;
                lots.add(new Lot(e.food(), e.grams(), e.item().expiresOn()));
            }
            lots.sort(Comparator.comparing((Lot l) -> l.expires, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(l -> l.food.id()));
        }

        /** The meal's ingredients taken from stock on {@code date}; what stock cannot give is added to {@code toBuy}. */
        List<MealPlan.IngredientUse> cook(MealPlan.Meal meal, LocalDate date, Map<String, Double> toBuy) {
            Map<String, double[]> needs = new LinkedHashMap<>(); // recipe food -> grams, staple (1) or not
            for (MealPlan.IngredientUse u : meal.ingredients()) {
                needs.merge(u.foodId(), new double[] {u.grams(), u.staple() ? 1 : 0}, (a, b) -> new double[] {a[0] + b[0], Math.max(a[1], b[1])});
            }
            List<MealPlan.IngredientUse> out = new ArrayList<>();
            needs.forEach((id, need) -> {
                Food recipeFood = foods.byId(id).orElseThrow();
                if (need[1] > 0) {
                    out.add(new MealPlan.IngredientUse(id, recipeFood.displayName(false), recipeFood.displayName(true), PlanRenderer.round1(need[0]),
                            0, 0, null, null, null, true));
                    return;
                }
                String family = FoodFamilies.familyOf(recipeFood);
                double rest = need[0];
                Map<String, Double> byFood = new LinkedHashMap<>();
                for (Lot l : lots) {
                    if (rest <= 1e-9) break;
                    if (l.left <= 0 || !l.family.equals(family) || (l.expires != null && l.expires.isBefore(date))) continue;
                    double take = Math.min(rest, l.left);
                    l.left -= take;
                    rest -= take;
                    byFood.merge(l.food.id(), take, Double::sum);
                }
                byFood.forEach((usedId, grams) -> {
                    Food used = foods.byId(usedId).orElseThrow();
                    boolean same = usedId.equals(id);
                    out.add(new MealPlan.IngredientUse(id, recipeFood.displayName(false), recipeFood.displayName(true), PlanRenderer.round1(grams),
                            PlanRenderer.round1(grams), 0, same ? null : usedId, same ? null : used.displayName(false), same ? null : used.displayName(true),
                            false));
                });
                if (rest > 1e-9) {
                    out.add(new MealPlan.IngredientUse(id, recipeFood.displayName(false), recipeFood.displayName(true), PlanRenderer.round1(rest), 0,
                            PlanRenderer.round1(rest)));
                    toBuy.merge(id, rest, Double::sum);
                }
            });
            return out;
        }

        /**
         * The first lot at risk (expiring before {@code horizon}) of at least {@link #SPOIL_GRAMS} that nothing was
         * taken from and whose food the stored plan never considered (neither cooked with nor warned about).
         */
        Optional<String> ignoredAtRisk(LocalDate horizon, Set<String> staples, Set<String> considered) {
            return atRisk(horizon, staples).filter(l -> l.left >= l.grams && !considered.contains(l.food.id()))
                    .findFirst().map(l -> l.food.displayName(false) + " (" + Math.round(l.grams) + " g, expires " + l.expires + ")");
        }

        /** As the planner warns: at-risk stock the plan leaves, to freeze (perishables) or to use up. */
        void spoilWarnings(LocalDate horizon, Set<String> staples, List<MealPlan.Warning> warnings) {
            Map<Food, double[]> left = new LinkedHashMap<>();
            atRisk(horizon, staples).filter(l -> l.left >= SPOIL_GRAMS).forEach(l -> left.merge(l.food,
                    new double[] {l.left, l.expires.toEpochDay()}, (a, b) -> new double[] {a[0] + b[0], Math.min(a[1], b[1])}));
            left.forEach((food, v) -> warnings.add(FoodFamilies.perishable(food)
                    ? new MealPlan.Warning("plan.warning.freeze", List.of(MealPlan.Warning.food(food), PlanRenderer.fmt(v[0]),
                            LocalDate.ofEpochDay((long) v[1]).toString()))
                    : new MealPlan.Warning("plan.warning.spoils", List.of(MealPlan.Warning.food(food), PlanRenderer.fmt(v[0])))));
        }

        private java.util.stream.Stream<Lot> atRisk(LocalDate horizon, Set<String> staples) {
            return lots.stream().filter(l -> l.expires != null && l.expires.isBefore(horizon) && l.grams >= SPOIL_GRAMS && !staples.contains(l.food.id()));
        }

        double soonUsedShare(LocalDate horizon) {
            double soon = 0;
            double used = 0;
            for (Lot l : lots) {
                if (l.expires == null || !l.expires.isBefore(horizon)) continue;
                soon += l.grams;
                used += l.grams - l.left;
            }
            return soon == 0 ? 1 : used / soon;
        }

        double used() {
            return lots.stream().mapToDouble(l -> l.grams - l.left).sum();
        }
    }
}
