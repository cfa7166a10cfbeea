package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** fridge ate and fridge diary: logging, the day and month views, edit, rm, undo, export; bad input changes nothing. */
class DiaryCommandTest {
    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    private void profile() {
        cli.run("profile", "set", "--sex", "female", "--age", "35", "--height", "168", "--weight", "62", "--activity", "light",
                "--goal", "maintain").ok();
    }

    private JsonNode day(String... args) {
        List<String> full = new java.util.ArrayList<>(List.of("diary"));
        full.addAll(List.of(args));
        full.add("--json");
        return cli.run(full.toArray(String[]::new)).ok().json();
    }

    @Test
    void aFoodAndARecipeAddUpPerSessionAndDayAgainstTheTargets() {
        profile();
        JsonNode apple = cli.run("ate", "apple", "150", "g", "--json").ok().json();
        assertThat(apple.get("kind").asText()).isEqualTo("food");
        assertThat(apple.get("grams_eaten").asDouble()).isEqualTo(150.0);
        JsonNode borscht = cli.run("ate", "borscht", "--servings", "1.5", "--eaten", "80%", "--at", "13:10", "--json").ok().json();
        assertThat(borscht.get("recipe_id").asText()).isEqualTo("borscht-with-beef");
        assertThat(borscht.get("meal").asText()).isEqualTo("lunch");
        assertThat(borscht.get("eaten_percent").asDouble()).isEqualTo(80.0);

        JsonNode day = day();
        assertThat(day.get("date").asText()).isEqualTo("2026-11-25");
        assertThat(day.get("sessions")).hasSize(2);
        double energy = apple.get("nutrients").get("energy").asDouble() + borscht.get("nutrients").get("energy").asDouble();
        assertThat(day.get("nutrients").get("energy").asDouble()).isCloseTo(energy, within(0.01));
        assertThat(day.get("targets").get("energy").asDouble()).isGreaterThan(1500);
        assertThat(day.get("percent_of_targets").get("energy").asDouble()).isPositive();

        String text = cli.run("diary").ok().out();
        assertThat(text).contains("Food diary for 2026-11-25").contains("Borscht with beef").contains("1.5 servings").contains("80 % eaten")
                .contains("Day total").contains("Target").contains("Of target");
        assertThat(cli.run("diary", "--lang", "ru").ok().out()).contains("Дневник питания за 2026-11-25").contains("Борщ с говядиной");
    }

    @Test
    void aFoodOfUnknownWeightSaysSo() {
        JsonNode flour = cli.run("ate", "wheat", "flour", "2", "pcs", "--json").ok().json();
        assertThat(flour.get("weight_unknown").asBoolean()).isTrue();
        String out = cli.run("ate", "wheat", "flour", "2", "pcs").ok().out();
        assertThat(out).contains("is not known, so it counts for nothing").contains("fridge diary edit");
        assertThat(day().get("weight_unknown_entries")).hasSize(2);
    }

    @Test
    void badInputExitsNonZeroAndWritesNothing() {
        assertThat(cli.run("ate", "oatmeal", "--servings", "1").exit(1).err()).contains("could be several things").contains("oatmeal-apple-cinnamon");
        assertThat(cli.run("ate", "qwertyuiop").exit(1).err()).contains("No recipe or food is called");
        assertThat(cli.run("ate", "apple", "150", "g", "--eaten", "120%").exit(1).err()).contains("from 0 % to 100 %");
        assertThat(cli.run("ate", "apple", "--at", "25:61").exit(1).err()).contains("Cannot read the time");
        assertThat(cli.run("ate", "apple", "--meal", "brunch").exit(1).err()).contains("Unknown meal");
        assertThat(cli.run("ate").exit(1).err()).contains("Say what you ate");
        assertThat(cli.run("ate", "tomato 100 g, qwertyuiop 5 g").exit(1).err()).contains("qwertyuiop");
        assertThat(cli.run("diary", "edit", "7", "--grams", "10").exit(1).err()).contains("no diary entry number 7");
        assertThat(cli.run("diary", "undo").exit(1).err()).contains("no diary change to undo");
        assertThat(cli.run("diary", "--week", "--month").exit(2).err()).contains("--week or --month");
        assertThat(day().get("sessions")).isEmpty();
        assertThat(cli.run("diary", "history", "--json").ok().json()).isEmpty();
    }

    @Test
    void editRemoveAndUndo() {
        long id = cli.run("ate", "apple", "150", "g", "--json").ok().json().get("id").asLong();
        JsonNode edited = cli.run("diary", "edit", Long.toString(id), "--grams", "250", "--eaten", "50%", "--json").ok().json();
        assertThat(edited.get("grams_served").asDouble()).isEqualTo(250.0);
        assertThat(edited.get("grams_eaten").asDouble()).isEqualTo(125.0);
        assertThat(cli.run("diary", "rm", Long.toString(id)).ok().out()).contains("Removed №" + id);
        assertThat(day().get("sessions")).isEmpty();
        assertThat(cli.run("diary", "undo").ok().out()).contains("the entry is back");
        assertThat(day().get("sessions").get(0).get("entries").get(0).get("grams_eaten").asDouble()).isEqualTo(125.0);
        assertThat(cli.run("diary", "undo").ok().out()).contains("the entry is as it was");
        assertThat(day().get("sessions").get(0).get("entries").get(0).get("grams_eaten").asDouble()).isEqualTo(150.0);
        JsonNode history = cli.run("diary", "history", "--json").ok().json();
        assertThat(history).hasSize(5);
        assertThat(history.get(0).get("action").asText()).isEqualTo("undo");
        assertThat(history.get(0).get("by").asText()).isEqualTo("cli");
    }

    @Test
    void aPlannedMealTakesItsStockOnceAndCountsThePlannedNutrition() {
        profile();
        cli.run("add", "chicken", "breast", "1", "kg", "--expires", "+3d").ok();
        cli.run("add", "rice", "1", "kg").ok();
        JsonNode plan = cli.run("plan", "--days", "1", "--json").ok().json();
        JsonNode lunch = null;
        for (JsonNode m : plan.get("plan").get("plan").get(0).get("meals")) if (m.get("meal").asText().equals("lunch")) lunch = m;
        assertThat(lunch).isNotNull();
        double stockBefore = totalGrams();
        JsonNode eaten = cli.run("ate", "--planned", "lunch", "--json").ok().json();
        assertThat(eaten.get("recipe_id").asText()).isEqualTo(lunch.get("recipe_id").asText());
        assertThat(eaten.get("nutrients").get("energy").asDouble()).isCloseTo(lunch.get("energy").asDouble(), within(lunch.get("energy").asDouble() * 0.01));
        double stockAfter = totalGrams();
        cli.run("ate", "--planned", "lunch", "--eaten", "50%").ok();
        assertThat(totalGrams()).as("eaten again, the stock is not taken twice").isEqualTo(stockAfter);
        assertThat(stockAfter).isLessThanOrEqualTo(stockBefore);
        assertThat(day().get("sessions").get(0).get("entries")).hasSize(2);
    }

    private double totalGrams() {
        double grams = 0;
        for (JsonNode item : cli.list()) grams += item.get("grams").asDouble();
        return grams;
    }

    @Test
    void aMonthHasALineADayAndTheExportsHoldTheDiary() throws Exception {
        cli.run("ate", "apple", "100", "g", "--at", "2026-11-03 08:00").ok();
        cli.run("ate", "apple", "200", "g", "--at", "yesterday 19:00").ok();
        JsonNode month = day("--month");
        assertThat(month.get("from").asText()).isEqualTo("2026-11-01");
        assertThat(month.get("to").asText()).isEqualTo("2026-11-25");
        assertThat(month.get("days")).hasSize(25);
        assertThat(month.get("days_logged").asInt()).isEqualTo(2);
        assertThat(cli.run("diary", "2026-11-24", "--week").ok().out()).contains("2026-11-23").contains("2026-11-24").doesNotContain("2026-11-26");

        String csv = cli.run("diary", "export").ok().out();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,date,time,meal,kind,name");
        Path file = dir.resolve("diary.json");
        cli.run("diary", "export", "--format", "json", "--from", "2026-11-24", "-o", file.toString()).ok();
        JsonNode exported = CliRunner.JSON.readTree(Files.readString(file));
        assertThat(exported.get("entries")).hasSize(1);
        assertThat(exported.get("entries").get(0).get("grams_eaten").asDouble()).isEqualTo(200.0);
        assertThat(cli.run("diary", "export", "--format", "xml").exit(1).err()).contains("Unknown format");

        JsonNode all = cli.run("export", "--all").ok().json();
        assertThat(all.get("diary_entries")).hasSize(2);
        assertThat(all.get("diary_sessions")).hasSize(2);
        assertThat(all.get("diary_portions")).hasSize(2);
        assertThat(all.get("diary_changes")).hasSize(2);
    }
}
