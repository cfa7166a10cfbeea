package dev.fridgechef.insights;

import dev.fridgechef.plan.PlannerHints;
import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the person eats, from the diary of {@code from}..{@code to} ({@code weeks} weeks up to today).
 * With fewer than {@link #MIN_DAYS} logged days {@code enoughData} is false, every list is empty and the
 * other findings null (only the targets are kept).
 * {@code breakfast} is also among {@code meals}. Trends compare the recent half of the window with the
 * earlier half, in times a week per logged week (so days not logged do not look like a change).
 * {@code adherence} is empty without targets. {@code medianEatenPercent}: the median share eaten over
 * all entries; {@code energyVsTarget}: the mean energy of a logged day over the target (null without targets).
 */
public record Insights(LocalDate from, LocalDate to, int weeks, int loggedDays, boolean enoughData, MealHabit breakfast,
                       List<MealHabit> meals, List<Trend> rising, List<Trend> falling, List<Unfinished> unfinished,
                       Double energyTarget, Double proteinTarget, List<WeekAdherence> adherence, Double medianEatenPercent,
                       Double energyVsTarget) {
    public static final int DEFAULT_WEEKS = 8;
    /** Fewer logged days than this say nothing yet. */
    public static final int MIN_DAYS = 7;
    /** A dish whose mean share eaten is below this, over at least {@link #UNFINISHED_MIN_LOGS} logs, is usually left unfinished. */
    public static final double UNFINISHED_PERCENT = 70;
    public static final int UNFINISHED_MIN_LOGS = 3;
    /** A meal logged on fewer than this share of the logged days, over at least {@link #SKIPPED_MIN_DAYS}, is regularly skipped. */
    public static final double SKIPPED_SHARE = 0.25;
    public static final int SKIPPED_MIN_DAYS = 14;
    /** A day is on target within this share of the energy and of the protein targets. */
    public static final double ON_TARGET = 0.10;

    public Insights {
        meals = List.copyOf(meals);
        rising = List.copyOf(rising);
        falling = List.copyOf(falling);
        unfinished = List.copyOf(unfinished);
        adherence = List.copyOf(adherence);
    }

    /**
     * A meal's habit: logged on {@code days} of the logged days ({@code share}); the time of its first
     * session of a day: median and the middle half ({@code earliest}: the first quartile, {@code latest}: the third),
     * {@code spreadMinutes} between them. Times are null when the meal was never logged.
     */
    public record MealHabit(MealType meal, int days, double share, LocalTime median, LocalTime earliest, LocalTime latest, int spreadMinutes) {
    }

    public enum Kind { DISH, FOOD }

    /** A dish (by recipe or name) or a food eaten {@code earlierPerWeek} then {@code recentPerWeek} times a week. */
    public record Trend(Kind kind, String key, String label, String labelRu, double earlierPerWeek, double recentPerWeek) {
        public double change() {
            return recentPerWeek - earlierPerWeek;
        }

        public String label(boolean russian) {
            return russian && labelRu != null && !labelRu.isBlank() ? labelRu : label;
        }
    }

    /** A dish logged {@code logs} times with {@code meanPercent} of it eaten on average; {@code recipeId} null when not a recipe. */
    public record Unfinished(String recipeId, String label, String labelRu, int logs, double meanPercent) {
        public String label(boolean russian) {
            return russian && labelRu != null && !labelRu.isBlank() ? labelRu : label;
        }
    }

    /** The week from Monday {@code week}: its logged days, how many were on target, their mean energy. */
    public record WeekAdherence(LocalDate week, int loggedDays, int onTarget, double meanEnergy) {
        public double share() {
            return loggedDays == 0 ? 0 : (double) onTarget / loggedDays;
        }
    }

    /** What the planner takes from these insights: recipes usually left unfinished, meals regularly skipped. */
    public PlannerHints hints() {
        if (!enoughData) return PlannerHints.NONE;
        Set<String> recipes = unfinished.stream().map(Unfinished::recipeId).filter(id -> id != null).collect(Collectors.toSet());
        List<PlannerHints.SkippedMeal> skipped = loggedDays < SKIPPED_MIN_DAYS ? List.of() : meals.stream()
                .filter(h -> h.days() < SKIPPED_SHARE * loggedDays).map(h -> new PlannerHints.SkippedMeal(h.meal(), h.days(), loggedDays)).toList();
        return new PlannerHints(recipes, skipped);
    }
}
