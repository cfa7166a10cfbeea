package dev.fridgechef.plan;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.FoodFamilies;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.profile.TargetCalculator;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a plan from an empty fridge puts on the shopping list, and what it never does. */
class ShoppingListTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 25);
    private static FoodDatabase foods;
    private static RecipeLibrary library;
    private static Planner planner;

    @BeforeAll
    static void load() {
        foods = TestFoods.get();
        library = RecipeLibrary.load(foods);
        planner = new Planner(library);
    }

    private static PlanRequest emptyFridge(int days) {
        Profile p = new Profile(Sex.FEMALE, 1990, 168.0, 64.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null, Diet.OMNIVORE, Set.of(), Set.of(), List.of());
        return new PlanRequest(START, days, List.of(MealType.values()), p, TargetCalculator.compute(p, 2026), List.of());
    }

    private static Set<String> families(MealPlan plan) {
        Set<String> out = new HashSet<>();
        for (MealPlan.ShoppingItem i : plan.shopping()) out.add(FoodFamilies.familyOf(foods.byId(i.foodId()).orElseThrow()));
        return out;
    }

    @Test
    void onionsGarlicAndButterAreDefaultStaplesAndNeverBought() {
        assertThat(Pantry.DEFAULT_STAPLES).contains("11282", "11215", "01001");
        MealPlan plan = planner.plan(emptyFridge(7));
        assertThat(plan.shopping()).isNotEmpty();
        assertThat(families(plan)).doesNotContain(family("11282"), family("11215"), family("01001"), family("01145"));
        assertThat(PlanRules.violations(emptyFridge(7), plan, library, foods)).isEmpty();
    }

    private static String family(String id) {
        return FoodFamilies.familyOf(foods.byId(id).orElseThrow());
    }
}
