package dev.fridgechef.export;

import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.diary.DayClosing;
import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.diary.DiaryService;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.insights.Insights;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.plan.PlanMarks;
import dev.fridgechef.plan.PlanService;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeService;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plans, shopping lists, recipes and the diary as files to print or share: PDF (A4 or Letter, with
 * DejaVu Sans embedded so Russian prints), an RFC 5545 calendar of the plan, and Markdown. Every
 * figure is the stored plan's, the recipe's or the diary's, computed from the food database where
 * they were made; nothing is recomputed here.
 */
public final class ExportService {
    private final FoodDatabase foods;
    private final PlanService plans;
    private final PlanMarks marks;
    private final RecipeService recipes;
    private final DiaryService diary;
    private final Supplier<DayClosing> closing;
    private final Supplier<Insights> habits;
    private final Clock clock;

    public ExportService(FoodDatabase foods, PlanService plans, PlanMarks marks, RecipeService recipes, DiaryService diary,
                         Supplier<DayClosing> closing, Supplier<Insights> habits, Clock clock) {
        this.foods = foods;
        this.plans = plans;
        this.marks = marks;
        this.recipes = recipes;
        this.diary = diary;
        this.closing = closing;
        this.habits = habits;
        this.clock = clock;
    }

    /** Plan {@code id}; without one the plan covering today, else the newest. */
    public StoredPlan plan(Long id) {
        if (id != null) return plans.get(id).orElseThrow(() -> new UserException("error.export.plan.unknown", id));
        LocalDate today = LocalDate.now(clock);
        return plans.covering(today).or(() -> plans.list().stream().findFirst()).orElseThrow(() -> new UserException("error.export.plan.none"));
    }

    public RecipeFacts recipe(String id) {
        return recipes.libraryWithAiDishes().byId(id).orElseThrow(() -> new UserException("error.recipe.unknown", id));
    }

    public byte[] planPdf(StoredPlan plan, Messages m, Paper paper) {
        Shown shown = new Shown(m);
        return PlanPdf.render(plan, new PlanLines(shown, foods), shown, paper);
    }

    public byte[] shoppingPdf(StoredPlan plan, Messages m, Paper paper) {
        Shown shown = new Shown(m);
        return ShoppingPdf.render(plan, marks.checkedShopping(plan.id()), new PlanLines(shown, foods), shown, paper);
    }

    /** The recipe card for {@code servings} (the recipe's own when null). */
    public byte[] recipePdf(RecipeFacts recipe, Double servings, Messages m, Paper paper) {
        double wanted = servings == null ? recipe.recipe().servings() : servings;
        if (!(wanted > 0) || wanted > 100) throw new UserException("error.export.servings", servings);
        return RecipePdf.render(recipe, wanted, new Shown(m), paper);
    }

    /** One day of the diary with its analysis (none for a day with nothing of known weight eaten). */
    public byte[] diaryDayPdf(LocalDate day, Messages m, Paper paper) {
        DiaryDay d = diary.day(day);
        Optional<DayAnalysis> analysis = Optional.empty();
        if (d.entryCount() > 0) {
            try {
                analysis = Optional.of(closing.get().close(day).analysis());
            } catch (UserException nothingWeighed) {
                // every entry of unknown weight: the day's table says so, there is nothing to analyse
            }
        }
        return new DiaryPdf(new Shown(m), foods).day(d, diary.targets(), analysis, paper);
    }

    /** The week (Monday to Sunday) holding {@code day}, up to today when it is this week. */
    public byte[] diaryWeekPdf(LocalDate day, Messages m, Paper paper) {
        LocalDate today = diary.now().toLocalDate();
        LocalDate from = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = from.plusDays(6);
        LocalDate to = end.isAfter(today) && !from.isAfter(today) ? today : end;
        List<DiaryDay> days = diary.days(from, to);
        return new DiaryPdf(new Shown(m), foods).week(from, to, days, diary.targets(), paper);
    }

    /**
     * When the person usually has each meal, from the diary (the median time of the meal's first
     * session of a day, to 5 minutes, as {@code fridge insights} shows it); no times until the diary
     * has enough days, and none for a meal never logged.
     */
    public MealClock usualMealTimes() {
        Insights insights = habits.get();
        if (!insights.enoughData()) return MealClock.NONE;
        Map<MealType, LocalTime> times = new EnumMap<>(MealType.class);
        for (Insights.MealHabit habit : insights.meals()) {
            if (habit.median() == null) continue;
            int minutes = (int) Math.round(habit.median().toSecondOfDay() / 300.0) * 5;
            times.put(habit.meal(), LocalTime.ofSecondOfDay(Math.min(minutes, 24 * 60 - 5) * 60L));
        }
        return new MealClock(times);
    }

    public String planCalendar(StoredPlan plan, MealClock times, ZoneId zone, Messages m) {
        Shown shown = new Shown(m);
        return PlanCalendar.render(plan, marks.checkedShopping(plan.id()), times, zone, clock.instant(), new PlanLines(shown, foods), shown);
    }

    public String planMarkdown(StoredPlan plan, Messages m) {
        Shown shown = new Shown(m);
        return PlanMarkdown.render(plan, marks.checkedShopping(plan.id()), new PlanLines(shown, foods), shown);
    }

}
