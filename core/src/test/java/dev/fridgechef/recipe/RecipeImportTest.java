package dev.fridgechef.recipe;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipeImportTest {
    @TempDir
    Path dir;

    private Reader resource(String name) {
        return new InputStreamReader(getClass().getClassLoader().getResourceAsStream("jsonld/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void importsARecipeFromAGraphAndReportsUnmappedLines() {
        try (FridgeChef app = TestStores.open(dir)) {
            List<JsonLdRecipeReader.Imported> imported = app.recipes().importJsonLd(resource("pancakes-graph.json"));
            assertThat(imported).singleElement().satisfies(i -> {
                assertThat(i.recipe().id()).isEqualTo("imported-fluffy-buttermilk-pancakes");
                assertThat(i.recipe().servings()).isEqualTo(4);
                assertThat(i.recipe().totalMinutes()).isEqualTo(25);
                assertThat(i.recipe().meals()).containsExactly(MealType.BREAKFAST);
                assertThat(i.recipe().steps().en()).hasSize(3);
                assertThat(i.recipe().ingredients()).hasSize(7);
                assertThat(i.unmapped()).containsExactly("a handful of love");
                // the heaviest ingredient that is not a staple (sugar, salt, baking powder and butter are not it)
                assertThat(i.recipe().keyIngredients()).singleElement()
                        .satisfies(k -> assertThat(k.name().en()).isEqualTo("2 cups buttermilk"));
            });
            RecipeFacts facts = app.recipes().library().byId("imported-fluffy-buttermilk-pancakes").orElseThrow();
            assertThat(facts.energyPerServing()).isBetween(300.0, 550.0);
            assertThat(facts.allergens()).extracting(Enum::name).contains("EGGS", "MILK", "WHEAT");
            assertThat(app.recipes().library().size()).isEqualTo(RecipeLibrary.load(dev.fridgechef.TestFoods.get()).size() + 1);
        }
    }

    @Test
    void importsRussianRecipesFromAnArray() {
        try (FridgeChef app = TestStores.open(dir)) {
            var imported = app.recipes().importJsonLd(resource("syrniki-ru.json"));
            assertThat(imported).singleElement().satisfies(i -> {
                assertThat(i.unmapped()).isEmpty();
                assertThat(i.recipe().keyIngredients()).extracting(Recipe.Ingredient::food).containsExactly("01015");
                assertThat(i.recipe().meals()).containsExactly(MealType.BREAKFAST);
                assertThat(i.recipe().steps().ru()).hasSize(2);
            });
        }
    }

    @Test
    void refusesFilesWithoutRecipesOrWithMostLinesUnmappedAndWritesNothing() {
        try (FridgeChef app = TestStores.open(dir)) {
            int before = app.recipes().library().size();
            assertThatThrownBy(() -> app.recipes().importJsonLd(new StringReader("{\"@type\": \"WebPage\"}")))
                    .isInstanceOf(UserException.class).hasMessageContaining("no schema.org Recipe");
            String mostlyUnknown = "{\"@type\":\"Recipe\",\"name\":\"Mystery\",\"recipeIngredient\":"
                    + "[\"1 cup milk\",\"2 cups unobtainium\",\"3 spoons of stardust\",\"a pinch of magic\"]}";
            assertThatThrownBy(() -> app.recipes().importJsonLd(new StringReader(mostlyUnknown)))
                    .isInstanceOf(UserException.class).hasMessageContaining("unobtainium");
            assertThatThrownBy(() -> app.recipes().importJsonLd(new StringReader("{not json")))
                    .isInstanceOf(UserException.class);
            assertThat(app.recipes().library().size()).isEqualTo(before);
        }
    }
}
