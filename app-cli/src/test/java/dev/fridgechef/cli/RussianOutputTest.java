package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.NameOrder;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample data read in Russian through the CLI (demo, list, plan, plan show, cook, recipe show
 * for every recipe of the library) has no English left in it: no SR21 description or English name
 * of a food, no English unit, no decimal point; every food of the stock and the shopping list shows
 * its Russian name, and the shopping list is in Russian alphabetical order.
 */
class RussianOutputTest {
    /** English units after a number, and a decimal point between digits. */
    private static final Pattern ENGLISH_UNIT = Pattern.compile("\\d (g|kg|ml|l|pcs|kcal|cup|cups|tbsp|tsp|oz)\\b|\\d\\.\\d");
    /** Recipe ids ("[baked-mac-and-cheese]") are names in English on purpose: they are typed in commands. */
    private static final Pattern RECIPE_ID = Pattern.compile("\\[[a-z0-9-]+]");

    @TempDir
    Path dir;
    private CliRunner cli;
    private final FoodDatabase foods = CliRunner.foods();

    @BeforeEach
    void store() {
        cli = new CliRunner(dir);
    }

    private void sampleStockAndProfile() {
        cli.run("profile", "set", "--sex", "female", "--age", "34", "--height", "168", "--weight", "64", "--activity", "moderate",
                "--goal", "maintain", "--allergies", "peanuts").ok();
        for (ItemDraft d : SampleData.fridge(true)) {
            cli.add(d.name(), d.quantity(), d.unit(), "--in", d.location(), "--expires", d.expires());
        }
    }

    @Test
    void theSampleDataReadsRussianAllTheWay() {
        sampleStockAndProfile();
        String demo = ru("demo");
        String list = ru("list");
        String plan = ru("plan", "--days", "7");
        String show = ru("plan", "show");
        String cook = ru("cook");
        List<String> shoppingNames = show.lines().filter(l -> l.startsWith("  [ ] ")).map(l -> l.substring(6, l.indexOf(" — "))).toList();
        assertThat(shoppingNames).as("shopping list").isNotEmpty().isSortedAccordingTo(NameOrder.of(true));

        Set<String> shown = new LinkedHashSet<>();
        for (JsonNode item : cli.list()) shown.add(item.get("food_id").asText());
        JsonNode stored = cli.run("plan", "show", "--json").ok().json().get("plan");
        Set<String> shopping = new LinkedHashSet<>();
        for (JsonNode item : stored.get("shopping")) shopping.add(item.get("food_id").asText());
        for (String id : shown) assertThat(list).as("stock").contains(food(id).names().ru());
        for (String id : shopping) assertThat(show).as("shopping list").contains(food(id).names().ru());
        for (JsonNode day : stored.get("plan")) {
            for (JsonNode meal : day.get("meals")) for (JsonNode use : meal.get("ingredients")) shown.add(use.get("food_id").asText());
        }
        shown.addAll(shopping);

        String all = String.join("\n", demo, list, plan, show, cook);
        assertRussian(all, shown);
    }

    @Test
    void everyRecipeOfTheLibraryShowsInRussian() {
        List<String> pages = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (RecipeFacts r : RecipeLibrary.load(foods).all()) {
            pages.add(ru("recipe", "show", r.recipe().id()));
            r.foods().stream().filter(f -> f != null).forEach(f -> used.add(f.id()));
        }
        String all = String.join("\n", pages);
        assertRussian(all, used);
        assertThat(all).as("cuisine names").doesNotContainPattern("кухня: [a-z]");
    }

    @Test
    void aDecimalCommaIsReadAndTheDiaryShowsRussianUnits() {
        assertThat(ru("recipe", "show", "chanakhi", "--servings", "1,5")).contains("Порций: 1,5");
        ru("ate", "2 яйца", "--at", "08:30");
        ru("ate", "кефир 250 мл", "--at", "17:00");
        String diary = ru("diary");
        assertThat(diary).contains("2 шт. (88 г)").contains("250 мл (");
        assertThat(cli.run("diary", "--lang", "en").ok().out()).contains("2 pcs (88 g)");
        assertRussian(diary, Set.of());
    }

    @Test
    void errorsAndHintsNameUnitsMeasuresAndFoodsInRussian() {
        ru("add", "молоко", "1", "л");
        String shortOf = cli.run("--lang", "ru", "use", "молоко", "5", "л").exit(1).err();
        assertThat(shortOf).contains("Нельзя использовать 5 л продукта «молоко»: в запасе только 1 л.");
        String unit = cli.run("--lang", "ru", "add", "молоко", "1", "ведро").exit(1).err();
        assertThat(unit).contains("для продукта «молоко»").contains("г, кг, мл, л, шт., стакан, ст. л., ч. л.");
        assertRussian(shortOf + unit, Set.of("01077"));
        assertThat(ru("diary")).contains("fridge ate яблоко 150 г");
        assertThat(cli.run("--lang", "ru", "plan").exit(1).err()).contains("не хватает: пол, возраст, рост, вес, активность");
        sampleStockAndProfile();
        assertThat(ru("plan", "--days", "1", "--shop", "none")).contains("покупки: нет");
        assertThat(ru("store", "backup")).containsPattern("\\(\\d+ КБ\\)");

        String chicken = ru("food", "show", "5006");
        assertThat(chicken).contains("1 шт. (276 г)").contains("0,5 курицы, без костей (460 г)");
        assertThat(chicken.lines().filter(l -> l.startsWith("Вещество")).findFirst().orElseThrow()).doesNotContainPattern("[A-Za-z]");
    }

    private void assertRussian(String output, Set<String> foodIds) {
        String text = RECIPE_ID.matcher(output).replaceAll("");
        assertThat(ENGLISH_UNIT.matcher(text).results().map(m -> around(text, m.start())).toList()).as("English units or decimal points").isEmpty();
        for (String id : foodIds) {
            Food f = food(id);
            assertThat(f.names().ru()).as("Russian name of " + f.description()).isNotEmpty();
            assertThat(text).as("SR21 name in Russian output").doesNotContain(f.description());
            if (!f.names().en().equals(f.names().ru())) {
                assertThat(Pattern.compile("(?iu)(?<![\\p{L}-])" + Pattern.quote(f.names().en()) + "(?![\\p{L}-])").matcher(text).find())
                        .as("English name \"" + f.names().en() + "\" in Russian output").isFalse();
            }
        }
    }

    private String ru(String... args) {
        List<String> full = new ArrayList<>(List.of("--lang", "ru"));
        full.addAll(List.of(args));
        return cli.run(full.toArray(String[]::new)).ok().out();
    }

    private Food food(String id) {
        return foods.byId(id).orElseThrow();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 20)).replace('\n', ' ');
    }
}
