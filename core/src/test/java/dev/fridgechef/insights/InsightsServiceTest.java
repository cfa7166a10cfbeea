package dev.fridgechef.insights;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.plan.PlannerHints;
import dev.fridgechef.recipe.MealType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Insights from a hand-built diary, with answers known in advance. */
class InsightsServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    FridgeChef app;

    @BeforeEach
    void open() {
        app = TestStores.openWithSample(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String name(String food) {
        return app.foods().search().resolve(food).orElseThrow().displayName(false);
    }

    @Test
    void habitsTrendsAndUnfinishedDishesOfAHandBuiltDiary() {
        HandBuiltDiary.build(app.diary());
        Insights in = app.insights().insights();

        assertThat(in.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(in.to()).isEqualTo(TODAY);
        assertThat(in.loggedDays()).isEqualTo(28);
        assertThat(in.enoughData()).isTrue();

        Insights.MealHabit breakfast = in.breakfast();
        assertThat(breakfast.days()).isEqualTo(21);
        assertThat(breakfast.share()).isCloseTo(0.75, within(1e-9));
        assertThat(breakfast.median()).isEqualTo(LocalTime.of(8, 0));
        assertThat(breakfast.earliest()).isEqualTo(LocalTime.of(7, 0));
        assertThat(breakfast.latest()).isEqualTo(LocalTime.of(9, 0));
        assertThat(breakfast.spreadMinutes()).isEqualTo(120);
        Insights.MealHabit dinner = in.meals().get(MealType.DINNER.ordinal());
        assertThat(dinner.days()).isEqualTo(28);
        assertThat(dinner.median()).isEqualTo(LocalTime.of(19, 0));
        assertThat(dinner.spreadMinutes()).isZero();
        assertThat(in.meals().get(MealType.LUNCH.ordinal()).days()).isEqualTo(3);

        // 7 a week in the recent half, none before; cheddar the other way round
        assertThat(in.rising()).extracting(Insights.Trend::kind, Insights.Trend::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Insights.Kind.FOOD, name("apple")));
        assertThat(in.rising().get(0).recentPerWeek()).isCloseTo(7, within(1e-9));
        assertThat(in.rising().get(0).earlierPerWeek()).isZero();
        // cheddar 7 → 0 a week; the tomato breakfast 7 → 3.5 (14 early, 7 recent); rice 1.5 → 0 (3 lunches, all early)
        assertThat(in.falling()).extracting(Insights.Trend::label).containsExactly(name("cheddar"), name("tomato"), name("rice"));
        assertThat(in.falling()).extracting(Insights.Trend::change).containsExactly(-7.0, -3.5, -1.5);

        assertThat(in.unfinished()).singleElement().satisfies(u -> {
            assertThat(u.recipeId()).isEqualTo("borscht-with-beef");
            assertThat(u.logs()).isEqualTo(28);
            assertThat(u.meanPercent()).isCloseTo(60, within(1e-9));
        });
        // 80 entries, 28 of them 60 %: the median is 100 %
        assertThat(in.medianEatenPercent()).isCloseTo(100, within(1e-9));
        assertThat(in.adherence()).isNotEmpty();
        assertThat(in.adherence().stream().mapToInt(Insights.WeekAdherence::loggedDays).sum()).isEqualTo(28);
        assertThat(in.energyVsTarget()).isLessThan(0.9);
        assertThat(in.adherence()).allSatisfy(w -> assertThat(w.onTarget()).isZero());

        PlannerHints hints = in.hints();
        assertThat(hints.leftUnfinished()).isEqualTo(Set.of("borscht-with-beef"));
        assertThat(hints.skippedMeals()).containsExactly(new PlannerHints.SkippedMeal(MealType.LUNCH, 3, 28));
    }

    @Test
    void aDayOnBothTargetsCountsAsOnTarget() {
        var targets = app.diary().targets().orElseThrow();
        var chicken = app.foods().search().resolve("chicken breast").orElseThrow();
        var oil = app.foods().search().resolve("olive oil").orElseThrow();
        // grams of chicken for the protein target, then oil for the rest of the energy
        double chickenGrams = targets.protein() / chicken.per100g().get(dev.fridgechef.food.Nutrient.PROTEIN) * 100;
        double rest = targets.energy() - chickenGrams * chicken.per100g().get(dev.fridgechef.food.Nutrient.ENERGY) / 100;
        double oilGrams = rest / oil.per100g().get(dev.fridgechef.food.Nutrient.ENERGY) * 100;
        var day = app.diary().resolver().resolve("chicken breast " + Math.round(chickenGrams) + " g, olive oil " + Math.round(oilGrams) + " g", null, "On target");
        for (int i = 0; i < 7; i++) app.diary().log(day, TODAY.minusDays(i).atTime(13, 0), MealType.LUNCH, 100);

        Insights in = app.insights().insights(1);
        assertThat(in.adherence().stream().mapToInt(Insights.WeekAdherence::onTarget).sum()).isEqualTo(7);
        assertThat(in.energyVsTarget()).isCloseTo(1, within(0.02));
    }

    @Test
    void fewerThanSevenLoggedDaysIsNotEnoughData() {
        var apple = app.diary().resolver().resolve("apple 150 g", null, null);
        for (int i = 0; i < 6; i++) app.diary().log(apple, TODAY.minusDays(i).atTime(8, 0), MealType.BREAKFAST, 40);

        Insights in = app.insights().insights();
        assertThat(in.enoughData()).isFalse();
        assertThat(in.loggedDays()).isEqualTo(6);
        assertThat(in.meals()).isEmpty();
        assertThat(in.unfinished()).isEmpty();
        assertThat(in.hints()).isEqualTo(PlannerHints.NONE);
    }

    @Test
    void removedEntriesAndDaysOutsideTheWindowDoNotCount() {
        var apple = app.diary().resolver().resolve("apple 150 g", null, null);
        for (int i = 0; i < 7; i++) app.diary().log(apple, TODAY.minusDays(i).atTime(8, 0), MealType.BREAKFAST, 100);
        app.diary().log(apple, TODAY.minusDays(60).atTime(8, 0), MealType.BREAKFAST, 100);
        long removed = app.diary().log(apple, TODAY.minusDays(10).atTime(8, 0), MealType.BREAKFAST, 100).entry().id();
        app.diary().remove(removed);

        assertThat(app.insights().insights().loggedDays()).isEqualTo(7);
        assertThat(app.insights().insights(9).loggedDays()).isEqualTo(8);
    }
}
