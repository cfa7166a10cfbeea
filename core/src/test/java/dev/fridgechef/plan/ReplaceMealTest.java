package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.diet.DietRules;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.MealType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Replacing one meal of a stored plan, and the marks (cooked meals, shopping ticks) kept beside a plan. */
class ReplaceMealTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 25);
    private static final PlanOptions THREE_DAYS = new PlanOptions(START, 3, List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER), false);

    @TempDir
    Path dir;
    private FridgeChef app;

    @BeforeEach
    void open() {
        app = TestStores.openWithSample(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static MealPlan.Meal meal(MealPlan plan, int day, MealType type) {
        return plan.plan().get(day).meals().stream().filter(m -> m.meal() == type).findFirst().orElseThrow();
    }

    @Test
    void theMealChangesTheOthersStayAndTheDayIsRecounted() {
        StoredPlan before = app.plans().plan(THREE_DAYS);
        LocalDate day2 = START.plusDays(1);
        StoredPlan after = app.plans().replaceMeal(before.id(), day2, MealType.LUNCH);

        MealPlan.Meal old = meal(before.plan(), 1, MealType.LUNCH);
        MealPlan.Meal replaced = meal(after.plan(), 1, MealType.LUNCH);
        assertThat(replaced.recipeId()).isNotEqualTo(old.recipeId());
        assertThat(after.id()).isEqualTo(before.id());
        for (int d = 0; d < 3; d++) {
            for (MealType t : THREE_DAYS.meals()) {
                if (d == 1 && t == MealType.LUNCH) continue;
                assertThat(meal(after.plan(), d, t).recipeId()).isEqualTo(meal(before.plan(), d, t).recipeId());
                assertThat(meal(after.plan(), d, t).servings()).isEqualTo(meal(before.plan(), d, t).servings());
            }
        }
        MealPlan.Day day = after.plan().plan().get(1);
        assertThat(day.energy()).isCloseTo(day.meals().stream().mapToDouble(MealPlan.Meal::energy).sum(), within(1.0));
        assertThat(day.energy()).isNotEqualTo(before.plan().plan().get(1).energy());
        assertThat(app.plans().covering(day2)).get().extracting(p -> meal(p.plan(), 1, MealType.LUNCH).recipeId())
                .isEqualTo(replaced.recipeId());
    }

    @Test
    void theReplacementObeysTheRulesAndTheThreeDayRule() {
        StoredPlan plan = app.plans().plan(THREE_DAYS);
        DietRules rules = new DietRules(app.profiles().get());
        for (int round = 0; round < 3; round++) {
            plan = app.plans().replaceMeal(plan.id(), START, MealType.DINNER);
            MealPlan.Meal dinner = meal(plan.plan(), 0, MealType.DINNER);
            var facts = app.recipes().library().byId(dinner.recipeId()).orElseThrow();
            assertThat(facts.allowedBy(rules)).isTrue();
            assertThat(facts.recipe().meals()).contains(MealType.DINNER);
            long times = plan.plan().plan().stream().flatMap(d -> d.meals().stream()).filter(m -> m.recipeId().equals(dinner.recipeId()) && !m.leftover()).count();
            assertThat(times).isEqualTo(1);
        }
        // the shopping list is the plan's: every bought gram appears in some meal's ingredients
        double toBuy = plan.plan().plan().stream().flatMap(d -> d.meals().stream()).flatMap(m -> m.ingredients().stream())
                .mapToDouble(MealPlan.IngredientUse::toBuyGrams).sum();
        assertThat(plan.plan().shopping().stream().mapToDouble(MealPlan.ShoppingItem::grams).sum()).isCloseTo(toBuy, within(5.0));
    }

    @Test
    void aMealOutsideThePlanIsRefused() {
        StoredPlan plan = app.plans().plan(THREE_DAYS);
        assertThatThrownBy(() -> app.plans().replaceMeal(plan.id(), START.plusDays(5), MealType.LUNCH)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> app.plans().replaceMeal(plan.id(), START, MealType.SNACK)).isInstanceOf(UserException.class);
    }

    @Test
    void cookedMealsAndShoppingTicksAreKeptPerPlan() {
        StoredPlan plan = app.plans().plan(THREE_DAYS);
        MealPlan.Meal lunch = meal(plan.plan(), 0, MealType.LUNCH);
        PlanMarks marks = app.planMarks();
        marks.cooked(plan.id(), START, MealType.LUNCH, lunch.recipeId());
        assertThat(PlanMarks.isCooked(marks.cookedMeals(plan.id()), START, lunch)).isTrue();
        StoredPlan replaced = app.plans().replaceMeal(plan.id(), START, MealType.LUNCH);
        assertThat(PlanMarks.isCooked(marks.cookedMeals(plan.id()), START, meal(replaced.plan(), 0, MealType.LUNCH))).isFalse();

        marks.checkShopping(plan.id(), "01123", true);
        marks.checkShopping(plan.id(), "20044", true);
        marks.checkShopping(plan.id(), "20044", false);
        assertThat(marks.checkedShopping(plan.id())).containsExactly("01123");
    }
}
