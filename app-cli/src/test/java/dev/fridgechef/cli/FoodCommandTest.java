package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code fridge food search} and {@code fridge food show} over the SR21 database. */
class FoodCommandTest {
    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "chicken breast, 05062",
            "eggs, 01123",
            "milk 2%, 01079",
            "гречка, 20009",
            "творог, 01015",
            "1123, 01123",
    })
    void searchRanksTheExpectedFoodFirst(String query, String id) {
        JsonNode hits = cli.run("food", "search", query, "--json").ok().json();
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("id").asText()).isEqualTo(id);
        assertThat(hits.size()).isLessThanOrEqualTo(10);
    }

    @Test
    void searchWordsNeedNoQuotesAndLimitIsObeyed() {
        JsonNode hits = cli.run("food", "search", "chicken", "breast", "-n", "3", "--json").ok().json();
        assertThat(hits).hasSize(3);
        JsonNode top = hits.get(0);
        assertThat(top.get("id").asText()).isEqualTo("05062");
        assertThat(top.get("description").asText()).isEqualTo("Chicken, broilers or fryers, breast, meat only, raw");
        assertThat(top.get("energy_kcal").asDouble()).isEqualTo(110.0);
        assertThat(top.get("group").asText()).isEqualTo("Poultry Products");
        assertThat(top.has("matched_alias")).isTrue();
    }

    @Test
    void searchPrintsATable() {
        String out = cli.run("food", "search", "eggs", "-n", "3").ok().out();
        String[] lines = out.strip().split("\\R");
        assertThat(lines[0]).contains("ID").contains("Name").contains("kcal/100 g");
        assertThat(lines[2]).startsWith("01123").contains("eggs").contains("143").contains("Egg, whole, raw, fresh");
        assertThat(lines).hasSize(5);
    }

    @Test
    void searchInRussianShowsRussianNames() {
        JsonNode hits = cli.run("--lang", "ru", "food", "search", "eggs", "-n", "1", "--json").ok().json();
        assertThat(hits.get(0).get("id").asText()).isEqualTo("01123");
        assertThat(hits.get(0).get("name").asText()).isEqualTo("яйца");
        assertThat(cli.run("--lang", "ru", "food", "search", "eggs", "-n", "1").ok().out()).contains("Название").contains("яйца");
    }

    @Test
    void noMatchSaysSo() {
        Result r = cli.run("food", "search", "xyzzyplugh").ok();
        assertThat(r.out()).contains("No food matches \"xyzzyplugh\"");
        assertThat(cli.run("food", "search", "xyzzyplugh", "--json").ok().json()).isEmpty();
    }

    @Test
    void showJsonHasNutrientsPer100gAndPerMeasure() {
        JsonNode egg = cli.run("food", "show", "01123", "--json").ok().json();
        assertThat(egg.get("id").asText()).isEqualTo("01123");
        assertThat(egg.get("name").asText()).isEqualTo("eggs");
        assertThat(egg.get("description").asText()).isEqualTo("Egg, whole, raw, fresh");
        assertThat(egg.get("per_100g").get("energy").asDouble()).isEqualTo(143.0);
        assertThat(egg.get("per_100g").get("protein").asDouble()).isBetween(12.0, 13.0);

        JsonNode large = null;
        for (JsonNode m : egg.get("measures")) {
            if (m.get("measure").asText().equals("1 large")) large = m;
        }
        assertThat(large).as("measure '1 large' in %s", egg.get("measures")).isNotNull();
        assertThat(large.get("grams").asDouble()).isEqualTo(50.0);
        assertThat(large.get("nutrients").get("energy").asDouble()).isCloseTo(71.5, within(0.001));
        assertThat(egg.get("measures").findValuesAsText("measure")).contains("1 medium", "1 small");
    }

    @Test
    void nutrientsComeFromTheRightSr21Columns() {
        // SR21 ABBREV for 01123 (egg, whole, raw): cholesterol 423 mg, saturated fat 3.099 g, B12 1.29 µg, vitamin K 0.3 µg
        JsonNode per100g = cli.run("food", "show", "01123", "--json").ok().json().get("per_100g");
        assertThat(per100g.get("cholesterol").asDouble()).isBetween(350.0, 450.0);
        assertThat(per100g.get("saturated_fat").asDouble()).isBetween(2.5, 3.5);
        assertThat(per100g.get("vitamin_b12").asDouble()).isBetween(0.5, 2.0);
        assertThat(per100g.get("vitamin_k").asDouble()).isLessThan(5.0);
    }

    @Test
    void showPrintsATableAndAllMeasures() {
        String out = cli.run("food", "show", "1123").ok().out();
        assertThat(out).startsWith("01123  eggs").contains("Egg, whole, raw, fresh").contains("Group: Dairy and Egg Products")
                .contains("Energy, kcal").contains("143").contains("Household measures:").contains("1 large = 50.0 g");
    }

    @Test
    void unknownIdIsRefused() {
        Result r = cli.run("food", "show", "99999").exit(1);
        assertThat(r.err()).contains("There is no food with the id \"99999\"").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(cli.run("--lang", "ru", "food", "show", "99999").exit(1).err()).contains("«99999»");
    }

    @Test
    void foodCommandsNeverOpenTheStore() {
        cli.run("food", "search", "eggs").ok();
        cli.run("food", "show", "01123").ok();
        assertThat(cli.storeExists()).isFalse();
    }

    @Test
    void foodWithoutSubcommandPrintsItsUsage() {
        String out = cli.run("food").ok().out();
        assertThat(out).contains("Usage: fridge food").contains("search").contains("show");
    }
}
