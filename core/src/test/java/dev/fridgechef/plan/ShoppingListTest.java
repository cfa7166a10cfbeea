package dev.fridgechef.plan;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.FoodFamilies;
import dev.fridgechef.i18n.Messages;
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

    @Test
    void oneFoodIsBoughtPerFamilyAndServesItsOtherRecipes() {
        MealPlan plan = planner.plan(emptyFridge(7));
        assertThat(families(plan)).hasSize(plan.shopping().size());
    }

    @Test
    void aPinchNotAtHomeIsLeftOutNotBoughtAndNotCounted() {
        PlanRequest request = emptyFridge(7);
        MealPlan plan = planner.plan(request);
        List<MealPlan.Skipped> skipped = plan.plan().stream().flatMap(d -> d.meals().stream()).flatMap(m -> m.skipped().stream()).toList();
        assertThat(skipped).isNotEmpty().allSatisfy(s -> assertThat(s.grams()).isPositive());
        // one warning names every food left out, in the language shown
        MealPlan.Warning warning = plan.warnings().stream().filter(w -> w.key().equals("plan.warning.skipped")).findFirst().orElseThrow();
        for (var messages : List.of(Messages.forLocale(java.util.Locale.ENGLISH), Messages.forLocale(Messages.RUSSIAN))) {
            String text = warning.text(messages, foods);
            assertThat(text).doesNotContain("{", "food:");
            for (MealPlan.Skipped s : skipped) assertThat(text).contains(messages.isRussian() ? s.nameRu() : s.nameEn());
        }
        // what is on the list anyway is not left out anywhere
        assertThat(skipped).noneSatisfy(s -> assertThat(families(plan)).contains(family(s.foodId())));
        for (MealPlan.Day day : plan.plan()) {
            for (MealPlan.Meal meal : day.meals()) {
                var recipe = library.byId(meal.recipeId()).orElseThrow();
                for (MealPlan.Skipped s : meal.skipped()) {
                    int i = recipe.foods().stream().map(f -> f.id()).toList().indexOf(s.foodId());
                    assertThat(Pinch.is(recipe, i)).as(meal.recipeId() + " without " + s.nameEn()).isTrue();
                    assertThat(meal.ingredients()).noneSatisfy(u -> assertThat(u.foodId()).isEqualTo(s.foodId()));
                }
            }
        }
        // the nutrition shown is that of the foods used, the skipped pinches not among them
        assertThat(PlanRules.violations(request, plan, library, foods)).isEmpty();
    }

    @Test
    void withShopAnyNothingIsLeftOut() {
        MealPlan plan = planner.plan(emptyFridge(3).withShop(ShopMode.ANY, -1));
        assertThat(plan.plan()).allSatisfy(d -> assertThat(d.meals()).allSatisfy(m -> assertThat(m.skipped()).isEmpty()));
    }

    @Test
    void aPinchIsSmallNotKeyAndNotInTheTitle() {
        var mujaddara = library.byId("lentil-rice-pilaf-mujaddara").orElseThrow();
        for (int i = 0; i < mujaddara.foods().size(); i++) {
            if (mujaddara.recipe().ingredients().get(i).key()) assertThat(Pinch.is(mujaddara, i)).isFalse();
            if (mujaddara.gramsFor(i, 1) > Pinch.GRAMS) assertThat(Pinch.is(mujaddara, i)).isFalse();
        }
        library.all().forEach(r -> {
            for (int i = 0; i < r.foods().size(); i++) {
                String name = r.recipe().ingredients().get(i).name().en().toLowerCase(java.util.Locale.ROOT);
                if (name.length() >= 4 && r.recipe().title().en().toLowerCase(java.util.Locale.ROOT).contains(name)) {
                    assertThat(Pinch.is(r, i)).as(r.recipe().id() + ": " + name).isFalse();
                }
            }
        });
    }

    private static String family(String id) {
        return FoodFamilies.familyOf(foods.byId(id).orElseThrow());
    }
}
