package dev.fridgechef.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.Json;
import dev.fridgechef.TestFoods;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every library recipe written as schema.org JSON-LD is read back by the importer as the same recipe. */
class RecipeJsonLdTest {
    private static final FoodDatabase FOODS = TestFoods.get();
    private static final RecipeLibrary LIBRARY = RecipeLibrary.load(FOODS);
    private final RecipeJsonLd writer = new RecipeJsonLd(Json.mapper());
    private final JsonLdRecipeReader reader = new JsonLdRecipeReader(Json.mapper(), new IngredientLineParser(FOODS));

    @Test
    void everyLibraryRecipeRoundTripsInEnglishAndRussian() {
        List<String> problems = new ArrayList<>();
        for (RecipeFacts facts : LIBRARY.all()) {
            for (boolean russian : new boolean[] {false, true}) {
                String text = writer.recipe(facts, russian).toString();
                List<JsonLdRecipeReader.Imported> back = reader.read(new StringReader(text));
                if (back.size() != 1) {
                    problems.add(facts.recipe().id() + ": read " + back.size() + " recipes");
                    continue;
                }
                problems.addAll(differences(facts, back.get(0), russian));
            }
        }
        assertThat(LIBRARY.size()).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    private static List<String> differences(RecipeFacts original, JsonLdRecipeReader.Imported imported, boolean russian) {
        List<String> out = new ArrayList<>();
        Recipe a = original.recipe();
        Recipe b = imported.recipe();
        String id = a.id() + (russian ? " (ru)" : "");
        if (!b.title().en().equals(a.title(russian))) out.add(id + ": title " + b.title().en());
        if (b.servings() != a.servings()) out.add(id + ": servings " + b.servings());
        if (!b.steps().en().equals(RecipeLines.steps(a, russian))) out.add(id + ": steps differ");
        if (b.totalMinutes() != a.totalMinutes() || b.activeMinutes() != a.activeMinutes()) out.add(id + ": times " + b.activeMinutes() + "/" + b.totalMinutes());
        if (!imported.unmapped().isEmpty()) out.add(id + ": unmapped " + imported.unmapped());
        if (b.ingredients().size() != a.ingredients().size()) {
            out.add(id + ": " + b.ingredients().size() + " ingredients");
            return out;
        }
        RecipeFacts back = RecipeLibrary.resolve(b, FOODS);
        for (int i = 0; i < a.ingredients().size(); i++) {
            Recipe.Ingredient x = a.ingredients().get(i);
            Recipe.Ingredient y = b.ingredients().get(i);
            if (!x.food().equals(y.food()) || x.optional() != y.optional() || x.key() != y.key()) out.add(id + ": ingredient " + i + " " + y);
            if (Math.abs(original.grams()[i] - back.grams()[i]) > 0.01) out.add(id + ": grams of " + x.food() + " " + back.grams()[i]);
            if (!y.name().equals(x.name())) out.add(id + ": name " + y.name());
        }
        return out;
    }

    @Test
    void followsSchemaOrgRecipeAsMealieAndTandoorReadIt() {
        RecipeFacts tikka = LIBRARY.byId("chicken-tikka-masala").orElseThrow();
        ObjectNode o = writer.recipe(tikka, false);
        assertThat(o.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(o.get("@type").asText()).isEqualTo("Recipe");
        assertThat(o.get("name").asText()).isEqualTo("Chicken tikka masala with rice");
        assertThat(o.get("recipeYield").asText()).isEqualTo("4 servings");
        assertThat(o.get("prepTime").asText()).isEqualTo("PT30M");
        assertThat(o.get("cookTime").asText()).isEqualTo("PT30M");
        assertThat(o.get("totalTime").asText()).isEqualTo("PT1H");
        assertThat(o.get("recipeIngredient")).extracting(JsonNode::asText)
                .contains("600 g chicken breast", "2 onion", "1 tbsp curry powder", "10 g cilantro (optional)");
        assertThat(o.get("recipeInstructions").get(0).get("@type").asText()).isEqualTo("HowToStep");
        assertThat(o.get("recipeInstructions").get(0).get("text").asText()).startsWith("Cut the chicken");
        assertThat(o.get("recipeCategory")).extracting(JsonNode::asText).containsExactly("Lunch", "Dinner");
        assertThat(o.get("recipeCuisine").asText()).isEqualTo("indian");
        JsonNode n = o.get("nutrition");
        assertThat(n.get("@type").asText()).isEqualTo("NutritionInformation");
        assertThat(n.get("calories").asText()).isEqualTo(Math.round(tikka.energyPerServing()) + " kcal");
        assertThat(n.get("proteinContent").asText()).matches("\\d+(\\.\\d)? g");
        assertThat(n.get("sodiumContent").asText()).matches("\\d+ mg");

        ObjectNode ru = writer.recipe(tikka, true);
        assertThat(ru.get("name").asText()).isEqualTo("Курица тикка масала с рисом");
        assertThat(ru.get("inLanguage").asText()).isEqualTo("ru");
        assertThat(ru.get("recipeIngredient")).extracting(JsonNode::asText).contains("1 ст. л. порошок карри", "10 г кинза (по желанию)");
    }

    @Test
    void anImportedRecipeGoesOutWithItsOwnLinesAndComesBackTheSame() {
        String site = """
                {"@context": "https://schema.org", "@type": "Recipe", "name": "Egg toast", "recipeYield": "2",
                 "recipeIngredient": ["2 large eggs", "1 cup milk", "2 slices bread"],
                 "recipeInstructions": [{"@type": "HowToStep", "text": "Whisk."}, {"@type": "HowToStep", "text": "Fry."}]}""";
        Recipe imported = reader.read(new StringReader(site)).get(0).recipe();
        RecipeFacts facts = RecipeLibrary.resolve(imported, FOODS);
        ObjectNode out = writer.recipe(facts, false);
        assertThat(out.get("recipeIngredient")).extracting(JsonNode::asText).containsExactly("2 large eggs", "1 cup milk", "2 slices bread");
        assertThat(out.get("keywords")).as("the importer's own tag is not a keyword").isNull();
        assertThat(differences(facts, reader.read(new StringReader(out.toString())).get(0), false)).isEmpty();
    }

    @Test
    void severalRecipesAreOneGraphThatReadsBackWhole() {
        List<RecipeFacts> three = LIBRARY.all().stream().limit(3).toList();
        ObjectNode doc = writer.document(three, false);
        assertThat(doc.get("@graph")).hasSize(3);
        assertThat(reader.read(new StringReader(doc.toString()))).extracting(i -> i.recipe().title().en())
                .containsExactlyElementsOf(three.stream().map(f -> f.recipe().title().en()).toList());
    }

    /**
     * Without the Fridge Chef field (as Mealie or Tandoor would pass the recipe on), the lines alone
     * still read back: most to the very same food, and every recipe imports.
     */
    @Test
    void theLinesAloneReadBackToFoods() {
        int lines = 0;
        int sameFood = 0;
        int recipesImported = 0;
        for (RecipeFacts facts : LIBRARY.all()) {
            ObjectNode o = writer.recipe(facts, false);
            o.remove(RecipeJsonLd.INGREDIENTS);
            Recipe back = reader.read(new StringReader(o.toString())).get(0).recipe();
            recipesImported++;
            lines += facts.recipe().ingredients().size();
            List<String> foods = back.ingredients().stream().map(Recipe.Ingredient::food).toList();
            for (Recipe.Ingredient ing : facts.recipe().ingredients()) if (foods.contains(ing.food())) sameFood++;
        }
        System.out.printf(Locale.ROOT, "JSON-LD lines alone: %d of %d ingredient lines read back to the same food (%.1f %%), %d recipes%n",
                sameFood, lines, 100.0 * sameFood / lines, recipesImported);
        assertThat(recipesImported).isEqualTo(LIBRARY.size());
        assertThat((double) sameFood / lines).isGreaterThan(0.5);
    }

    @Test
    void markdownHasTheTitleIngredientsStepsAndNutrition() {
        RecipeFacts tikka = LIBRARY.byId("chicken-tikka-masala").orElseThrow();
        String md = new RecipeMarkdown(Messages.forLocale(Locale.ENGLISH)).recipe(tikka);
        assertThat(md).startsWith("# Chicken tikka masala with rice\n\n**Servings:** 4 · **Time:** 30 min active, 60 min in all")
                .contains("## Ingredients\n\n- 600 g chicken breast\n").contains("\n1. Cut the chicken")
                .contains("## Nutrition per serving\n\n" + Math.round(tikka.energyPerServing()) + " kcal · protein ");
        String ru = new RecipeMarkdown(Messages.forLocale(Messages.RUSSIAN)).recipe(tikka);
        assertThat(ru).startsWith("# Курица тикка масала с рисом").contains("## Ингредиенты").contains("- 1 ст. л. порошок карри");
        assertThat(RecipeMarkdown.escape("a *bold* [link]")).isEqualTo("a \\*bold\\* \\[link\\]");
    }
}
