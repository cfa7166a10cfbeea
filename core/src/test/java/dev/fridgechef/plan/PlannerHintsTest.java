package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.insights.HandBuiltDiary;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The diary's hints in planning: dishes left unfinished planned less, skipped meals left out unless asked for. */
class PlannerHintsTest {
    private static final List<MealType> ALL_MEALS = List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER, MealType.SNACK);
    private static final LocalDate START = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private static Map<String, Long> uses(MealPlan plan) {
        return plan.plan().stream().flatMap(d -> d.meals().stream()).collect(Collectors.groupingBy(MealPlan.Meal::recipeId, Collectors.counting()));
    }

    @Test
    void aDishUsuallyLeftUnfinishedIsPlannedLessOften() {
        PlanRequest request;
        try (FridgeChef app = TestStores.openWithSample(dir)) {
            var profile = app.profiles().get();
            request = new PlanRequest(START, 5, ALL_MEALS, profile, app.profiles().targets(profile), app.inventory().list());
        }
        Planner planner = new Planner(RecipeLibrary.load(TestFoods.get()));
        Map<String, Long> before = uses(planner.plan(request));
        String most = before.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey,
                Comparator.reverseOrder())).orElseThrow().getKey();

        Map<String, Long> after = uses(planner.plan(request.withLeftUnfinished(Set.of(most))));

        assertThat(after.getOrDefault(most, 0L)).as(most + " planned " + before.get(most) + " times without the hint").isLessThan(before.get(most));
    }

    @Test
    void aMealRegularlySkippedIsLeftOutOfTheDefaultMealsWithANote() {
        try (FridgeChef app = TestStores.openWithSample(dir)) {
            HandBuiltDiary.build(app.diary());
            PlanOptions defaults = new PlanOptions(START, 3, ALL_MEALS, false).withDefaultMeals();

            StoredPlan plan = app.plans().plan(defaults);

            assertThat(plan.plan().meals()).containsExactly(MealType.BREAKFAST, MealType.DINNER, MealType.SNACK);
            assertThat(plan.notes()).containsExactly("lunch left out: you log it on 3 of 28 days; ask with --meals to plan it");
            assertThat(plan.plan().plan()).allSatisfy(d -> assertThat(d.meals()).noneMatch(m -> m.meal() == MealType.LUNCH));
            // the AI path (here without a provider, so the offline plan) leaves it out too
            StoredPlan ai = app.planWithAi(defaults);
            assertThat(ai.plan().meals()).doesNotContain(MealType.LUNCH);
            assertThat(ai.notes()).contains("lunch left out: you log it on 3 of 28 days; ask with --meals to plan it");
        }
    }

    @Test
    void mealsAskedForArePlannedEvenWhenSkipped() {
        try (FridgeChef app = TestStores.openWithSample(dir)) {
            HandBuiltDiary.build(app.diary());

            StoredPlan plan = app.plans().plan(new PlanOptions(START, 3, ALL_MEALS, false));

            assertThat(plan.plan().meals()).containsExactlyElementsOf(ALL_MEALS);
            assertThat(plan.notes()).isEmpty();
        }
    }

    @Test
    void hintsNeverLeaveNoMealsToPlan() {
        PlannerHints hints = new PlannerHints(Set.of(), List.of(new PlannerHints.SkippedMeal(MealType.LUNCH, 1, 20)));
        assertThat(hints.meals(List.of(MealType.LUNCH))).containsExactly(MealType.LUNCH);
        assertThat(hints.notes(List.of(MealType.LUNCH))).isEmpty();
        assertThat(hints.meals(ALL_MEALS)).containsExactly(MealType.BREAKFAST, MealType.DINNER, MealType.SNACK);
    }

    @Test
    void aLeftOutNoteNamesItsMealForTheFrontEnds() {
        var lunch = new PlannerHints.SkippedMeal(MealType.LUNCH, 3, 28);
        assertThat(PlannerHints.SkippedMeal.fromNote(lunch.note())).contains(lunch);
        assertThat(PlannerHints.SkippedMeal.fromNote("no AI provider is configured (see fridge llm status)")).isEmpty();
    }
}
