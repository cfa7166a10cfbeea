package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** plan, plan show, plan list, cook, cooked and recipe, run as a person would, including the JSON schema of a plan. */
class PlanCommandTest {
    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void fridgeAndProfile() {
        cli = new CliRunner(dir);
        cli.run("profile", "set", "--sex", "male", "--age", "40", "--height", "180", "--weight", "80", "--activity", "moderate",
                "--goal", "maintain", "--allergies", "peanuts").ok();
        cli.add("chicken breast", "600", "g", "--expires", "+2d");
        cli.add("eggs", "10", "pcs", "--expires", "+9d");
        cli.add("rice", "1", "kg");
        cli.add("milk", "1", "l", "--expires", "+3d");
        cli.add("potatoes", "1.5", "kg");
    }

    @Test
    void planJsonFollowsTheDocumentedSchema() {
        JsonNode view = cli.run("plan", "--days", "2", "--json").ok().json();
        for (String field : List.of("id", "cached", "source", "inventory_hash", "profile_hash", "plan", "warning_texts")) {
            assertThat(view.has(field)).as(field).isTrue();
        }
        assertThat(view.get("cached").asBoolean()).isFalse();
        JsonNode plan = view.get("plan");
        for (String field : List.of("start", "days", "meals", "energy_target", "protein_target", "plan", "shopping", "warnings", "quality")) {
            assertThat(plan.has(field)).as(field).isTrue();
        }
        assertThat(plan.get("start").asText()).isEqualTo("2026-11-25");
        assertThat(plan.get("plan")).hasSize(2);
        JsonNode meal = plan.get("plan").get(0).get("meals").get(0);
        for (String field : List.of("meal", "recipe_id", "title_en", "title_ru", "servings", "energy", "protein", "ingredients")) {
            assertThat(meal.has(field)).as(field).isTrue();
        }
        JsonNode use = meal.get("ingredients").get(0);
        for (String field : List.of("food_id", "name_en", "name_ru", "grams", "from_stock_grams", "to_buy_grams")) {
            assertThat(use.has(field)).as(field).isTrue();
        }
        for (JsonNode item : plan.get("shopping")) {
            assertThat(item.get("unit").asText()).isIn("g", "ml", "pcs");
            assertThat(item.get("quantity").asDouble()).isPositive();
        }
        double target = plan.get("energy_target").asDouble();
        for (JsonNode day : plan.get("plan")) {
            assertThat(Math.abs(day.get("energy").asDouble() - target) / target).isLessThanOrEqualTo(0.05);
        }
    }

    @Test
    void theSameRequestTodayIsServedFromTheStoreAndFreshPlansAgain() {
        JsonNode first = cli.run("plan", "--json").ok().json();
        JsonNode again = cli.run("plan", "--json").ok().json();
        assertThat(again.get("cached").asBoolean()).isTrue();
        assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(cli.run("plan", "--fresh", "--json").ok().json().get("cached").asBoolean()).isFalse();
        assertThat(cli.run("plan").ok().out()).contains("Stored plan from 2026-11-25");
        assertThat(cli.run("plan", "show", "2026-11-26").ok().out()).contains("2026-11-26").contains("Shopping list");
        assertThat(cli.run("plan", "list", "--json").ok().json()).isNotEmpty();
        assertThat(cli.run("plan", "show", "2030-01-01").exit(1).err()).contains("no stored plan");
    }

    @Test
    void planTextShowsDaysTotalsAndShoppingInRussianToo() {
        String out = cli.run("--lang", "ru", "plan", "--days", "1", "--meals", "lunch,dinner").ok().out();
        assertThat(out).contains("Обед").contains("Ужин").contains("За день");
    }

    @Test
    void badPlanOptionsAreRefused() {
        assertThat(cli.run("plan", "--days", "30").exit(1).err()).contains("1 to 14");
        assertThat(cli.run("plan", "--meals", "brunch").exit(1).err()).contains("brunch");
        assertThat(cli.run("plan", "list", "--json").ok().json()).isEmpty();
    }

    @Test
    void cookRanksRecipesFromTheStockAndCookedTakesThemOut() {
        JsonNode suggestions = cli.run("cook", "--max-missing", "3", "--json").ok().json();
        assertThat(suggestions).isNotEmpty();
        boolean seenWithoutKey = false; // recipes whose key ingredients are in stock come first
        for (JsonNode s : suggestions) {
            assertThat(s.get("missing").size()).isLessThanOrEqualTo(3);
            boolean key = s.get("key_in_stock").asBoolean();
            if (key) assertThat(seenWithoutKey).as("a recipe with its key ingredient after one without").isFalse();
            else seenWithoutKey = true;
            assertThat(s.get("rescues").isArray()).isTrue();
        }
        assertThat(suggestions.get(0).get("key_in_stock").asBoolean()).isTrue();
        JsonNode breakfasts = cli.run("cook", "--meal", "breakfast", "--json").ok().json();
        for (JsonNode s : breakfasts) {
            assertThat(s.get("recipe_id").asText()).isNotEmpty();
        }
        String recipe = suggestions.get(0).get("recipe_id").asText();
        double before = totalGrams(cli.list());
        JsonNode cooked = cli.run("cooked", recipe, "--json").ok().json();
        assertThat(cooked.get("title").asText()).isNotBlank();
        double takenGrams = 0;
        for (JsonNode t : cooked.get("taken")) takenGrams += t.get("taken_grams").asDouble();
        assertThat(takenGrams).isPositive();
        assertThat(totalGrams(cli.list())).isCloseTo(before - takenGrams, org.assertj.core.api.Assertions.within(1.0));
        assertThat(cli.run("cooked", "no-such-recipe").exit(1).err()).contains("no-such-recipe");
    }

    @Test
    void recipeImportAndShow() {
        Path file = cli.file("r.json", """
                {"@context": "https://schema.org", "@type": "Recipe", "name": "Quick Omelette", "recipeYield": "1 serving",
                 "recipeIngredient": ["3 large eggs", "2 tbsp milk", "1 tsp butter"], "recipeInstructions": "Beat.\\nCook."}
                """);
        String out = cli.run("recipe", "import", file.toString()).ok().out();
        assertThat(out).contains("imported-quick-omelette").contains("3 ingredients");
        JsonNode shown = cli.run("recipe", "show", "imported-quick-omelette", "--servings", "2", "--json").ok().json();
        assertThat(shown.get("ingredients").get(0).get("grams").asDouble()).isCloseTo(300, org.assertj.core.api.Assertions.within(0.5));
        assertThat(shown.get("allergens").toString()).contains("eggs", "milk");
        assertThat(cli.run("recipe", "show", "buckwheat-porridge-with-milk").ok().out()).contains("Buckwheat porridge");
    }

    private static double totalGrams(JsonNode list) {
        List<Double> grams = new ArrayList<>();
        for (JsonNode i : list) if (!i.get("grams").isNull()) grams.add(i.get("grams").asDouble());
        return grams.stream().mapToDouble(Double::doubleValue).sum();
    }

    @Test
    void cookedPlannedTakesTheStockAndMarksTheMealOnce() {
        cli.run("plan", "--days", "1", "--json").ok();
        double before = totalGrams(cli.list());
        JsonNode cooked = cli.run("cooked", "--planned", "lunch", "--json").ok().json();
        assertThat(cooked.get("marked_meal").asText()).isEqualTo("lunch");
        double taken = 0;
        for (JsonNode t : cooked.get("taken")) taken += t.get("taken_grams").asDouble();
        assertThat(totalGrams(cli.list())).isCloseTo(before - taken, org.assertj.core.api.Assertions.within(1.0));
        assertThat(cli.run("cooked", "--planned", "lunch").exit(1).err()).contains("already marked cooked");
        assertThat(totalGrams(cli.list())).isCloseTo(before - taken, org.assertj.core.api.Assertions.within(1.0));
        assertThat(cli.run("cooked").exit(1).err()).contains("Name a recipe");
    }
}
