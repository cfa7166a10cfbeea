package dev.fridgechef.recipe;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Nutrient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the whole library: any unresolved food, unweighable unit, missing translation or odd nutrition fails the build. */
class RecipeLibraryTest {
    private static RecipeLibrary library;

    @BeforeAll
    static void load() {
        library = RecipeLibrary.load(TestFoods.get());
    }

    @Test
    void hasAtLeast360Recipes() {
        assertThat(library.size()).isGreaterThanOrEqualTo(360);
    }

    @Test
    void everyRecipeMarksItsMainIngredientsAndNeverASpiceOilSaltOrWater() {
        assertThat(library.all()).allSatisfy(f -> {
            Recipe r = f.recipe();
            assertThat(r.keyIngredients()).as(r.id() + " has no key ingredient").isNotEmpty();
            for (int i = 0; i < r.ingredients().size(); i++) {
                Recipe.Ingredient ing = r.ingredients().get(i);
                if (!ing.key()) continue;
                assertThat(KeyIngredients.isStaple(f.foods().get(i)))
                        .as("%s: key ingredient %s is a staple (%s)", r.id(), ing.name().en(), f.foods().get(i).description()).isFalse();
                assertThat(ing.optional()).as("%s: key ingredient %s is optional", r.id(), ing.name().en()).isFalse();
            }
            assertThat(r.keyIngredients()).as(r.id()).hasSizeLessThanOrEqualTo(3);
        });
    }

    @Test
    void keyIngredientsAreTheDish() {
        assertThat(keys("buckwheat-porridge-with-milk")).containsExactly("20009");
        assertThat(keys("ukha-fish-soup")).allSatisfy(id -> assertThat(TestFoods.get().byId(id).orElseThrow().group().code()).isEqualTo("1500"));
        assertThat(keys("chicken-tikka-masala")).containsExactly("05062");
    }

    @Test
    void staplesAreSpicesOilsSaltWaterSugar() {
        var foods = TestFoods.get();
        for (String staple : new String[] {"02047", "04053", "04506", "02030", "14411", "19335", "06172"}) {
            assertThat(KeyIngredients.isStaple(foods.byId(staple).orElseThrow())).as(staple).isTrue();
        }
        for (String food : new String[] {"20009", "05062", "01123", "11260", "01077", "FC001", "09326"}) {
            assertThat(KeyIngredients.isStaple(foods.byId(food).orElseThrow())).as(food).isFalse();
        }
    }

    private static java.util.List<String> keys(String id) {
        return library.byId(id).orElseThrow().recipe().keyIngredients().stream().map(Recipe.Ingredient::food).toList();
    }

    @Test
    void everyRecipeIsCompleteInBothLanguages() {
        assertThat(library.all()).allSatisfy(f -> {
            Recipe r = f.recipe();
            assertThat(r.title().en()).as(r.id()).isNotBlank();
            assertThat(r.title().ru()).as(r.id()).isNotBlank().matches(".*\\p{IsCyrillic}.*");
            assertThat(r.meals()).as(r.id()).isNotEmpty();
            assertThat(r.servings()).as(r.id()).isBetween(1, 12);
            assertThat(r.activeMinutes()).as(r.id()).isPositive().isLessThanOrEqualTo(r.totalMinutes());
            assertThat(r.steps().en()).as(r.id()).isNotEmpty().hasSameSizeAs(r.steps().ru());
            assertThat(r.ingredients()).as(r.id()).allSatisfy(i -> {
                assertThat(i.amount()).isPositive();
                assertThat(i.name().en()).isNotBlank();
                assertThat(i.name().ru()).isNotBlank();
            });
        });
    }

    @Test
    void nutritionPerServingIsPlausible() {
        assertThat(library.all()).allSatisfy(f -> {
            double kcal = f.energyPerServing();
            var meals = f.recipe().meals();
            String id = f.recipe().id();
            assertThat(kcal).as(id).isLessThanOrEqualTo(1500);
            if (meals.contains(MealType.LUNCH) || meals.contains(MealType.DINNER)) assertThat(kcal).as(id).isGreaterThanOrEqualTo(150);
            if (meals.contains(MealType.SNACK)) assertThat(kcal).as(id).isGreaterThanOrEqualTo(50);
            assertThat(f.perServing().get(Nutrient.PROTEIN)).as(id).isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void vegetarianAndVeganDishesInEveryMealType() {
        Map<MealType, Long> vegan = library.all().stream().filter(RecipeFacts::vegan)
                .flatMap(f -> f.recipe().meals().stream()).collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        Map<MealType, Long> vegetarian = library.all().stream().filter(RecipeFacts::vegetarian)
                .flatMap(f -> f.recipe().meals().stream()).collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        for (MealType m : MealType.values()) {
            assertThat(vegan.getOrDefault(m, 0L)).as("vegan " + m).isGreaterThanOrEqualTo(7);
            assertThat(vegetarian.getOrDefault(m, 0L)).as("vegetarian " + m).isGreaterThanOrEqualTo(14);
        }
    }

    @Test
    void allergensAreDerivedFromIngredients() {
        RecipeFacts syrniki = library.all().stream().filter(f -> f.recipe().id().contains("syrniki")).findFirst().orElseThrow();
        assertThat(syrniki.allergens()).extracting(Enum::name).contains("MILK", "EGGS");
        assertThat(syrniki.vegan()).isFalse();
    }
}
