package dev.fridgechef.analysis;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.LocalizedNames;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.TargetCalculator;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeLibrary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The offline analysis of a day: totals of every nutrient from the food database, each against the
 * person's reference ({@link ReferenceIntakes}), the foods that gave most, and for each gap foods
 * from the stock or the library that would close it. A food without a figure for a nutrient is
 * never counted as zero: the total covers the foods that have one, and the status is UNKNOWN unless
 * the known part alone is already too high.
 */
public final class DayAnalyzer {
    static final int TOP_CONTRIBUTORS = 3;
    /** Nutrients not analysed: water is not a dietary target here. */
    private static final List<Nutrient> ANALYSED = java.util.Arrays.stream(Nutrient.values()).filter(n -> n != Nutrient.WATER).toList();

    private final FoodDatabase foods;
    private final ReferenceIntakes references;
    private final Supplier<List<StockEntry>> stock;
    private final Supplier<RecipeLibrary> library;

    public DayAnalyzer(FoodDatabase foods, ReferenceIntakes references, Supplier<List<StockEntry>> stock, Supplier<RecipeLibrary> library) {
        this.foods = foods;
        this.references = references;
        this.stock = stock;
        this.library = library;
    }

    private record Resolved(Eaten eaten, Food food) {
    }

    public DayAnalysis analyze(Profile profile, LocalDate date, List<Eaten> eaten) {
        return analyze(profile, date, eaten, ANALYSED, null);
    }

    /**
     * Closing one eating session of {@code date}: the session's own energy, macronutrients and fibre
     * against its meal type's usual share of the day's targets ({@link MealType#usualShareOfDay}),
     * with the foods that gave most, and the day so far — everything eaten up to and including the
     * session, {@code daySoFar} — analysed as a day, for what the rest of the day still needs and
     * foods that would give it.
     */
    public SessionAnalysis analyzeSession(Profile profile, LocalDate date, long sessionId, LocalTime time, MealType meal, List<Eaten> session,
                                          List<Eaten> daySoFar) {
        double share = meal.usualShareOfDay();
        DayAnalysis own = analyze(profile, date, session, SessionAnalysis.MEAL_NUTRIENTS, share);
        return new SessionAnalysis(sessionId, time, meal, share, own, analyze(profile, date, daySoFar));
    }

    /** {@code mealShare} null: a day, every nutrient judged and gaps given fixes; else a meal taking that share of the day. */
    private DayAnalysis analyze(Profile profile, LocalDate date, List<Eaten> eaten, List<Nutrient> analysed, Double mealShare) {
        List<Resolved> known = new ArrayList<>();
        List<Eaten> unknown = new ArrayList<>();
        for (Eaten e : eaten) {
            foods.byId(e.foodId()).ifPresentOrElse(f -> known.add(new Resolved(e, f)), () -> unknown.add(e));
        }
        double allGrams = eaten.stream().mapToDouble(Eaten::grams).sum();
        Targets targets = profile.missingForTargets().isEmpty() ? TargetCalculator.compute(profile, date.getYear()) : null;
        Integer age = profile.birthYear() == null ? null : date.getYear() - profile.birthYear();
        double energy = sum(known, Nutrient.ENERGY);
        Map<Nutrient, Reference> refs = mealShare == null ? references.forPerson(profile.sex(), age, targets, energy)
                : references.forMeal(targets, mealShare, energy);
        GapFinder gaps = null;
        List<DayAnalysis.NutrientResult> results = new ArrayList<>();
        for (Nutrient n : analysed) {
            double amount = sum(known, n);
            List<LocalizedNames> lacking = new ArrayList<>();
            double coveredGrams = 0;
            for (Resolved r : known) {
                if (r.food().per100g().isKnown(n)) coveredGrams += r.eaten().grams();
                else lacking.add(new LocalizedNames(r.food().displayName(false), r.food().displayName(true)));
            }
            for (Eaten e : unknown) {
                String label = e.dish().isBlank() ? e.foodId() : e.dish();
                lacking.add(new LocalizedNames(label, label));
            }
            boolean complete = lacking.isEmpty();
            double coverage = allGrams == 0 ? 1 : coveredGrams / allGrams;
            Reference ref = refs.get(n);
            DayAnalysis.Status status = status(amount, complete, ref);
            var result = new DayAnalysis.NutrientResult(n, amount, coverage, distinct(lacking), ref, status, top(known, n, amount), List.of());
            if (status == DayAnalysis.Status.LOW && mealShare == null) {
                if (gaps == null) gaps = new GapFinder(stock.get(), library.get(), new DietRules(profile), date);
                result = result.withFixes(gaps.fixes(n, result.missing()));
            }
            results.add(result);
        }
        return new DayAnalysis(date, profile.sex(), age, targets != null, eaten, unknown, results);
    }

    static DayAnalysis.Status status(double amount, boolean complete, Reference ref) {
        if (ref == null || ref.kind() == Reference.Kind.GUIDE) return DayAnalysis.Status.NOT_JUDGED;
        // a total missing some foods can only grow: too high is certain, anything else is not
        if (ref.high() != null && amount > ref.high()) return DayAnalysis.Status.HIGH;
        if (!complete) return DayAnalysis.Status.UNKNOWN;
        if (ref.low() != null && amount < ref.low()) return DayAnalysis.Status.LOW;
        return DayAnalysis.Status.OK;
    }

    private static double sum(List<Resolved> known, Nutrient n) {
        double total = 0;
        for (Resolved r : known) {
            if (r.food().per100g().isKnown(n)) total += r.food().per100g().get(n) * r.eaten().grams() / 100;
        }
        return total;
    }

    /** The largest contributors, one per food and dish (an egg at breakfast and one at dinner are two). */
    private static List<DayAnalysis.Contribution> top(List<Resolved> known, Nutrient n, double total) {
        if (!(total > 0)) return List.of();
        Map<String, DayAnalysis.Contribution> byFoodAndDish = new LinkedHashMap<>();
        for (Resolved r : known) {
            if (!r.food().per100g().isKnown(n)) continue;
            double amount = r.food().per100g().get(n) * r.eaten().grams() / 100;
            byFoodAndDish.merge(r.food().id() + "\u0000" + r.eaten().dish(), new DayAnalysis.Contribution(r.food(), r.eaten().dish(), amount, amount / total),
                    (a, b) -> new DayAnalysis.Contribution(a.food(), a.dish(), a.amount() + b.amount(), (a.amount() + b.amount()) / total));
        }
        return byFoodAndDish.values().stream().filter(c -> c.amount() > 0)
                .sorted(Comparator.comparingDouble(DayAnalysis.Contribution::amount).reversed())
                .limit(TOP_CONTRIBUTORS).toList();
    }

    private static List<LocalizedNames> distinct(List<LocalizedNames> names) {
        return names.stream().distinct().toList();
    }
}
