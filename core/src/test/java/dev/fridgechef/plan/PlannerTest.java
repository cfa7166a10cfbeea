package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.demo.SampleData;
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
        try (FridgeChef app = TestStores.open(dir.resolve("sample"))) {
            Profile profile = app.profiles().update(SampleData.profile());
            for (ItemDraft d : SampleData.fridge()) app.inventory().add(d);
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
        System.out.println(plan);
    }
}
