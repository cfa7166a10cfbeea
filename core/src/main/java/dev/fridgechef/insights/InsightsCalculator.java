package dev.fridgechef.insights;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Sums the window's entries, given in day order, each followed by its foods; {@link #result} makes the insights. */
final class InsightsCalculator {
    private static final int TOP = 3;
    /** A trend needs this many logs in the window and a change of at least this many times a week. */
    private static final int TREND_MIN_LOGS = 3;
    private static final double TREND_MIN_CHANGE = 1;

    private final LocalDate from;
    private final LocalDate to;
    private final int weeks;
    private final Targets targets;
    private final LocalDate recentFrom;

    private final TreeMap<LocalDate, Day> days = new TreeMap<>();
    private final Map<String, Item> dishes = new LinkedHashMap<>();
    private final Map<String, Item> foods = new LinkedHashMap<>();
    private final List<Double> percents = new ArrayList<>();
    private long currentEntry = -1;
    private Day currentDay;
    private double currentShare;
    private final Set<String> currentFoods = new HashSet<>();

    InsightsCalculator(LocalDate from, LocalDate to, int weeks, Targets targets) {
        this.from = from;
        this.to = to;
        this.weeks = weeks;
        this.targets = targets;
        this.recentFrom = from.plusDays(weeks * 7L / 2);
    }

    private static final class Day {
        double energy;
        double protein;
        final Map<MealType, LocalTime> firstAt = new EnumMap<>(MealType.class);
    }

    private static final class Item {
        final String recipeId;
        final String label;
        final String labelRu;
        int earlier;
        int recent;
        int logs;
        double percentSum;

        Item(String recipeId, String label, String labelRu) {
            this.recipeId = recipeId;
            this.label = label;
            this.labelRu = labelRu;
        }
    }

    boolean sameEntry(long id) {
        return id == currentEntry;
    }

    void entry(long id, LocalDate date, LocalTime time, MealType meal, String key, String recipeId, String label, String labelRu, double percent) {
        currentEntry = id;
        currentDay = days.computeIfAbsent(date, d -> new Day());
        currentDay.firstAt.merge(meal, time, (a, b) -> a.isBefore(b) ? a : b);
        currentShare = percent / 100;
        currentFoods.clear();
        percents.add(percent);
        Item dish = dishes.computeIfAbsent(key, k -> new Item(recipeId, label, labelRu));
        count(dish, date);
        dish.logs++;
        dish.percentSum += percent;
    }

    /** A food of the current entry; {@code grams} served (null: weight unknown, it counts for nothing). */
    void food(Food food, Double grams) {
        if (grams != null) {
            currentDay.energy += food.per100g().get(Nutrient.ENERGY) * grams * currentShare / 100;
            currentDay.protein += food.per100g().get(Nutrient.PROTEIN) * grams * currentShare / 100;
        }
        if (currentFoods.add(food.id())) {
            count(foods.computeIfAbsent(food.id(), k -> new Item(null, food.displayName(false), food.displayName(true))), days.lastKey());
        }
    }

    private void count(Item item, LocalDate date) {
        if (date.isBefore(recentFrom)) item.earlier++;
        else item.recent++;
    }

    Insights result() {
        int logged = days.size();
        if (logged < Insights.MIN_DAYS) {
            return new Insights(from, to, weeks, logged, false, null, List.of(), List.of(), List.of(), List.of(),
                    targets == null ? null : targets.energy(), targets == null ? null : targets.protein(), List.of(), null, null);
        }
        List<Insights.MealHabit> meals = Arrays.stream(MealType.values()).map(this::habit).toList();
        List<Insights.Trend> trends = trends();
        List<Insights.Trend> rising = trends.stream().filter(t -> t.change() > 0).sorted(Comparator.comparingDouble(t -> -t.change())).limit(TOP).toList();
        List<Insights.Trend> falling = trends.stream().filter(t -> t.change() < 0).sorted(Comparator.comparingDouble(Insights.Trend::change)).limit(TOP).toList();
        List<Insights.Unfinished> unfinished = dishes.values().stream()
                .filter(d -> d.logs >= Insights.UNFINISHED_MIN_LOGS && d.percentSum / d.logs < Insights.UNFINISHED_PERCENT)
                .map(d -> new Insights.Unfinished(d.recipeId, d.label, d.labelRu, d.logs, d.percentSum / d.logs))
                .sorted(Comparator.comparingDouble(Insights.Unfinished::meanPercent)).toList();
        double meanEnergy = days.values().stream().mapToDouble(d -> d.energy).average().orElse(0);
        return new Insights(from, to, weeks, logged, true, meals.get(MealType.BREAKFAST.ordinal()), meals, rising, falling, unfinished,
                targets == null ? null : targets.energy(), targets == null ? null : targets.protein(), adherence(),
                quantile(percents.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.5),
                targets == null ? null : meanEnergy / targets.energy());
    }

    private Insights.MealHabit habit(MealType meal) {
        double[] minutes = days.values().stream().map(d -> d.firstAt.get(meal)).filter(t -> t != null)
                .mapToDouble(t -> t.toSecondOfDay() / 60.0).sorted().toArray();
        if (minutes.length == 0) return new Insights.MealHabit(meal, 0, 0, null, null, null, 0);
        double q1 = quantile(minutes, 0.25);
        double q3 = quantile(minutes, 0.75);
        return new Insights.MealHabit(meal, minutes.length, (double) minutes.length / days.size(), time(quantile(minutes, 0.5)), time(q1), time(q3),
                (int) Math.round(q3 - q1));
    }

    /** Dishes and foods per logged week in each half; nothing unless each half has {@link Insights#MIN_DAYS} logged days. */
    private List<Insights.Trend> trends() {
        long earlierDays = days.headMap(recentFrom).size();
        long recentDays = days.size() - earlierDays;
        if (earlierDays < Insights.MIN_DAYS || recentDays < Insights.MIN_DAYS) return List.of();
        List<Insights.Trend> trends = new ArrayList<>();
        for (Map.Entry<String, Item> e : dishes.entrySet()) {
            if (!e.getKey().startsWith("food:")) trend(Insights.Kind.DISH, e.getKey(), e.getValue(), earlierDays, recentDays, trends); // a food logged alone is a food trend
        }
        for (Map.Entry<String, Item> e : foods.entrySet()) trend(Insights.Kind.FOOD, e.getKey(), e.getValue(), earlierDays, recentDays, trends);
        return trends;
    }

    private static void trend(Insights.Kind kind, String key, Item item, long earlierDays, long recentDays, List<Insights.Trend> out) {
        if (item.earlier + item.recent < TREND_MIN_LOGS) return;
        double earlier = item.earlier * 7.0 / earlierDays;
        double recent = item.recent * 7.0 / recentDays;
        if (Math.abs(recent - earlier) >= TREND_MIN_CHANGE) out.add(new Insights.Trend(kind, key, item.label, item.labelRu, earlier, recent));
    }

    private List<Insights.WeekAdherence> adherence() {
        if (targets == null || targets.energy() <= 0 || targets.protein() <= 0) return List.of();
        Map<LocalDate, double[]> weeks = new TreeMap<>(); // logged days, on target, energy
        days.forEach((date, d) -> {
            double[] w = weeks.computeIfAbsent(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new double[3]);
            w[0]++;
            if (Math.abs(d.energy - targets.energy()) <= Insights.ON_TARGET * targets.energy()
                    && Math.abs(d.protein - targets.protein()) <= Insights.ON_TARGET * targets.protein()) w[1]++;
            w[2] += d.energy;
        });
        List<Insights.WeekAdherence> out = new ArrayList<>();
        weeks.forEach((week, w) -> out.add(new Insights.WeekAdherence(week, (int) w[0], (int) w[1], w[2] / w[0])));
        return out;
    }

    /** The {@code q} quantile of sorted values, interpolated between neighbours. */
    static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
    }

    private static LocalTime time(double minutes) {
        return LocalTime.ofSecondOfDay(Math.round(minutes) * 60 % 86_400);
    }
}
