package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.diet.FoodTraits;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {
    private static final List<MealType> ALL_MEALS = List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER, MealType.SNACK);
    private static RecipeLibrary library;
    private static Planner planner;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        library = RecipeLibrary.load(TestFoods.get());
        planner = new Planner(library);
    }

    private record Setup(Profile profile, Targets targets, List<StockEntry> stock) {
    }

    private Setup sample() {
        try (FridgeChef app = TestStores.openWithSample(dir.resolve("sample"))) {
            Profile profile = app.profiles().get();
            return new Setup(profile, app.profiles().targets(profile), app.inventory().list());
        }
    }

    @Test
    void sampleFridgeGivesDaysWithinTheEnergyAndProteinBands() {
        Setup s = sample();
        MealPlan plan = planner.plan(new PlanRequest(LocalDate.of(2026, 11, 25), 3, ALL_MEALS, s.profile(), s.targets(), s.stock()));
        assertThat(plan.plan()).hasSize(3);
        for (MealPlan.Day day : plan.plan()) {
            assertThat(day.meals()).hasSize(4);
            assertThat(Math.abs(day.energy() - plan.energyTarget()) / plan.energyTarget()).as("energy " + day).isLessThanOrEqualTo(0.05);
            assertThat(Math.abs(day.protein() - plan.proteinTarget()) / plan.proteinTarget()).as("protein " + day).isLessThanOrEqualTo(0.10);
        }
        // the measure: meat, fish and dairy at risk of spoiling is used, or named with what to do about it
        MealPlan.Quality q = plan.quality();
        assertThat(q.atRiskGrams() == 0 ? 1 : (q.atRiskUsedGrams() + q.atRiskFlaggedGrams()) / q.atRiskGrams()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void samePlanForTheSameRequest() {
        Setup s = sample();
        PlanRequest request = new PlanRequest(LocalDate.of(2026, 11, 25), 3, ALL_MEALS, s.profile(), s.targets(), s.stock());
        assertThat(planner.plan(request)).isEqualTo(planner.plan(request));
    }

    /** Random fridges from the curated foods, random allergies and diets: no plan may ever break a hard rule. */
    @Test
    void hardRulesHoldAcrossManyRandomFridgesAndProfiles() {
        Random random = new Random(42);
        var aliases = TestFoods.get().aliases();
        Allergen[] allergens = Allergen.values();
        Diet[] diets = Diet.values();
        for (int round = 0; round < 25; round++) {
            Set<Allergen> allergies = EnumSet.noneOf(Allergen.class);
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) allergies.add(allergens[random.nextInt(allergens.length)]);
            Profile profile = new Profile(dev.fridgechef.profile.Sex.values()[random.nextInt(2)], 1960 + random.nextInt(45),
                    150.0 + random.nextInt(45), 50.0 + random.nextInt(60), dev.fridgechef.profile.ActivityLevel.values()[random.nextInt(5)],
                    dev.fridgechef.profile.Goal.values()[random.nextInt(3)], null, diets[random.nextInt(diets.length)],
                    Set.of(), allergies, List.of());
            Targets targets = dev.fridgechef.profile.TargetCalculator.compute(profile, 2026);
            List<StockEntry> stock = new ArrayList<>();
            try (FridgeChef app = TestStores.open(dir.resolve("random" + round))) {
                for (int i = 0; i < 40; i++) {
                    var alias = aliases.get(random.nextInt(aliases.size()));
                    app.inventory().add(new ItemDraft(alias.english().get(0), Integer.toString(50 + random.nextInt(600)), "g",
                            null, "+" + random.nextInt(10) + "d", null, null, alias.foodId()));
                }
                stock.addAll(app.inventory().list());
            }
            MealPlan plan = planner.plan(new PlanRequest(LocalDate.of(2026, 11, 25), 3, ALL_MEALS, profile, targets, stock),
                    new Planner.Options(60, round, 0));
            var rules = new dev.fridgechef.diet.DietRules(profile);
            for (MealPlan.Day day : plan.plan()) {
                for (MealPlan.Meal meal : day.meals()) {
                    RecipeFacts recipe = library.byId(meal.recipeId()).orElseThrow();
                    assertThat(recipe.allowedBy(rules)).as("%s for %s", meal.recipeId(), profile).isTrue();
                    for (MealPlan.IngredientUse use : meal.ingredients()) {
                        var food = TestFoods.get().byId(use.foodId()).orElseThrow();
                        assertThat(FoodTraits.of(food).allergens()).as("%s in %s", food.description(), meal.recipeId())
                                .doesNotContainAnyElementsOf(allergies);
                    }
                }
            }
        }
    }

    @Test
    void stockIsNeitherUsedTwiceNorAfterItExpires() {
        Profile profile = sample().profile();
        Targets targets = dev.fridgechef.profile.TargetCalculator.compute(profile, 2026);
        List<StockEntry> stock;
        try (FridgeChef app = TestStores.open(dir.resolve("expiry"))) {
            app.inventory().add(ItemDraft.of("chicken breast", "300", "g").withExpires("today"));
            app.inventory().add(ItemDraft.of("eggs", "4", "pcs").withExpires("+10d"));
            stock = app.inventory().list();
        }
        MealPlan plan = planner.plan(new PlanRequest(LocalDate.of(2026, 11, 25), 4, ALL_MEALS, profile, targets, stock));
        Map<String, Double> fromStock = new HashMap<>();
        for (int d = 0; d < plan.plan().size(); d++) {
            for (MealPlan.Meal meal : plan.plan().get(d).meals()) {
                if (meal.leftover()) continue; // cooked (and taken from the stock) on an earlier day
                for (MealPlan.IngredientUse use : meal.ingredients()) {
                    if (use.staple()) continue; // assumed at home
                    assertThat(use.fromStockGrams() + use.toBuyGrams()).isCloseTo(use.grams(), org.assertj.core.api.Assertions.within(0.2));
                    fromStock.merge(use.eatenFoodId(), use.fromStockGrams(), Double::sum);
                    if (d > 0 && use.eatenFoodId().equals("05062")) {
                        assertThat(use.fromStockGrams()).as("chicken that expired on day 0, used on day " + d).isZero();
                    }
                }
            }
        }
        assertThat(fromStock.getOrDefault("05062", 0.0)).isLessThanOrEqualTo(300.5); // uses are rounded to 0.1 g each
        assertThat(fromStock.getOrDefault("01123", 0.0)).isLessThanOrEqualTo(4 * 44 + 0.5);
    }

    /** Leftovers at a lunch or dinner of the next day or two; the same breakfast or snack on 2 of any 3 days at most. */
    @Test
    void noRecipeTwiceWithinThreeDaysExceptPlannedLeftoversAndSmallMealsAgain() {
        Setup s = sample();
        MealPlan plan = planner.plan(new PlanRequest(LocalDate.of(2026, 11, 25), 7, ALL_MEALS, s.profile(), s.targets(), s.stock()));
        for (int d = 0; d < 7; d++) {
            for (MealPlan.Meal meal : plan.plan().get(d).meals()) {
                if (meal.leftover()) {
                    assertThat(meal.meal()).isIn(MealType.LUNCH, MealType.DINNER);
                    assertThat(meal.leftoverFrom()).isBetween(plan.plan().get(d).date().minusDays(2), plan.plan().get(d).date().minusDays(1));
                    continue;
                }
                boolean small = meal.meal() == MealType.BREAKFAST || meal.meal() == MealType.SNACK;
                long inThreeDays = 0;
                for (int other = d; other < Math.min(7, d + 3); other++) {
                    List<MealPlan.Meal> same = plan.plan().get(other).meals().stream()
                            .filter(m -> !m.leftover() && m.recipeId().equals(meal.recipeId())).toList();
                    assertThat(same.size()).as(meal.recipeId() + " on days " + d + " and " + other).isLessThanOrEqualTo(other == d || small ? 1 : 0);
                    assertThat(same).allSatisfy(m -> assertThat(m.meal()).isEqualTo(meal.meal()));
                    inThreeDays += same.size();
                }
                assertThat(inThreeDays).as(meal.recipeId() + " from day " + d).isLessThanOrEqualTo(small ? 2 : 1);
            }
        }
    }

    @Test
    void searchFindsTheExhaustiveOptimumOnSmallInstances() {
        Setup s = sample();
        List<MealType> meals = List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER);
        PlanRequest request = new PlanRequest(LocalDate.of(2026, 11, 25), 1, meals, s.profile(), s.targets(), s.stock());
        double optimum = planner.exhaustive(request, 8).quality().cost();
        double found = planner.plan(request, new Planner.Options(300, 1, 8)).quality().cost();
        assertThat(found).isCloseTo(optimum, org.assertj.core.api.Assertions.within(1e-9));
    }
}
