package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code fridge add} and {@code fridge list}: what is stored, how it is weighed, and what is refused. */
class AddListCommandTest {
    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    @Test
    void addedEggsAppearInTheListWeighedAsMediumEggs() {
        Result added = cli.run("add", "eggs", "6", "pcs").ok();
        assertThat(added.out()).contains("Added #1 eggs, 6 pcs, fridge").contains("eggs [01123]").contains("264 g");
        assertThat(added.err()).isEmpty();

        JsonNode list = cli.list();
        assertThat(list).hasSize(1);
        JsonNode eggs = list.get(0);
        assertThat(eggs.get("name").asText()).isEqualTo("eggs");
        assertThat(eggs.get("food_id").asText()).isEqualTo("01123");
        assertThat(eggs.get("quantity").asDouble()).isEqualTo(6.0);
        assertThat(eggs.get("unit").asText()).isEqualTo("pcs");
        // SR21 "1 medium" egg weighs 44 g: 6 × 44 = 264 g
        assertThat(eggs.get("grams").asDouble()).isEqualTo(264.0);
        assertThat(eggs.get("location").asText()).isEqualTo("fridge");
        assertThat(eggs.get("expires").isNull()).isTrue();
        assertThat(eggs.get("days_left").isNull()).isTrue();
        // 143 kcal per 100 g
        assertThat(eggs.get("nutrients").get("energy").asDouble()).isCloseTo(264 * 1.43, within(0.01));
        assertThat(eggs.get("nutrients").get("protein").asDouble()).isPositive();

        String table = cli.run("list").ok().out();
        assertThat(table).contains("eggs").contains("6 pcs").contains("264").contains("378")
                .contains("Items: 1; 378 kcal");
    }

    @Test
    void householdUnitsAndQuantityFirstOrderAreUnderstood() {
        cli.run("add", "1", "head", "garlic", "--expires", "+1y").ok();
        cli.run("add", "1", "головка", "чеснока").ok();
        cli.run("add", "чеснок", "3", "зубчика").ok();
        cli.run("add", "пельмени", "1", "пачка", "--in", "freezer", "--expires", "6m").ok();
        JsonNode list = cli.list();
        assertThat(list).hasSize(4);
        List<String> units = new ArrayList<>();
        for (JsonNode item : list) units.add(item.get("food_id").asText() + " " + item.get("unit").asText() + " " + item.get("grams").asDouble());
        assertThat(units).containsExactlyInAnyOrder("11215 head 40.0", "11215 head 40.0", "11215 clove 9.0", "FC001 pack 800.0");
    }

    @Test
    void listJsonUsesSnakeCaseFieldNames() {
        cli.run("add", "eggs", "6", "pcs", "--expires", "+3d").ok();
        JsonNode item = cli.list().get(0);
        List<String> fields = new ArrayList<>();
        item.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).contains("id", "name", "food_id", "quantity", "unit", "grams", "location", "expires",
                "days_left", "nutrients");
        assertThat(fields).noneMatch(f -> !f.equals(f.toLowerCase()));
        assertThat(item.get("id").isIntegralNumber()).isTrue();
        assertThat(item.get("days_left").asLong()).isEqualTo(3);
        List<String> nutrients = new ArrayList<>();
        item.get("nutrients").fieldNames().forEachRemaining(nutrients::add);
        assertThat(nutrients).contains("energy", "protein", "fat", "carbohydrate", "fiber", "saturated_fat", "vitamin_c");
    }

    @Test
    void addJsonPrintsTheStoredItem() {
        JsonNode added = cli.add("chicken", "breast", "600", "g");
        assertThat(added.get("id").asLong()).isEqualTo(1);
        assertThat(added.get("name").asText()).isEqualTo("chicken breast");
        assertThat(added.get("food_id").asText()).isEqualTo("05062");
        assertThat(added.get("grams").asDouble()).isEqualTo(600.0);
        assertThat(cli.list().get(0)).isEqualTo(added);
    }

    static Stream<Arguments> expiryDates() {
        return Stream.of(
                Arguments.of("+3d", "2026-11-28", 3),
                Arguments.of("+2w", "2026-12-09", 14),
                Arguments.of("tomorrow", "2026-11-26", 1),
                Arguments.of("today", "2026-11-25", 0),
                Arguments.of("2026-12-31", "2026-12-31", 36),
                Arguments.of("01.12.2026", "2026-12-01", 6),
                Arguments.of("2026-11-20", "2026-11-20", -5));
    }

    @ParameterizedTest(name = "--expires {0} → {1}")
    @MethodSource("expiryDates")
    void expiryDatesAreReadRelativeToTheClock(String typed, String expected, long daysLeft) {
        cli.run("add", "milk", "1", "l", "--expires", typed).ok();
        JsonNode milk = cli.list().get(0);
        assertThat(milk.get("expires").asText()).isEqualTo(expected);
        assertThat(milk.get("days_left").asLong()).isEqualTo(daysLeft);
    }

    @Test
    void listIsSortedBySoonestExpiryAndExpiringFiltersIncludingExpired() {
        cli.run("add", "rice", "1", "kg", "--expires", "+10d", "--in", "pantry").ok();
        cli.run("add", "eggs", "6", "pcs", "--expires", "+3d").ok();
        cli.run("add", "butter", "200", "g").ok();
        cli.run("add", "milk", "1", "l", "--expires", "+2d").ok();
        cli.run("add", "yogurt", "500", "g", "--expires", "2026-11-20").ok();
        cli.run("add", "cheddar", "200", "g", "--expires", "+4d").ok();

        assertThat(names(cli.list())).containsExactly("yogurt", "milk", "eggs", "cheddar", "rice", "butter");
        assertThat(names(cli.run("list", "--expiring", "3d", "--json").ok().json()))
                .containsExactly("yogurt", "milk", "eggs");
        assertThat(names(cli.run("list", "--expiring", "1w", "--json").ok().json()))
                .containsExactly("yogurt", "milk", "eggs", "cheddar");
        assertThat(names(cli.run("list", "--expiring", "10d", "--json").ok().json()))
                .containsExactly("yogurt", "milk", "eggs", "cheddar", "rice");

        String table = cli.run("list", "--expiring", "3d").ok().out();
        assertThat(table).contains("yogurt").contains("expired 5 d ago").contains("milk").contains("2 d left")
                .contains("eggs").doesNotContain("cheddar").doesNotContain("rice").doesNotContain("butter");
    }

    @Test
    void listInFiltersByLocation() {
        cli.run("add", "frozen", "peas", "400", "g", "--in", "freezer").ok();
        cli.run("add", "eggs", "6", "pcs").ok();
        cli.run("add", "rice", "1", "kg", "--in", "pantry").ok();
        cli.run("add", "salmon", "350", "g", "--in", "морозилка").ok();

        JsonNode freezer = cli.run("list", "--in", "freezer", "--json").ok().json();
        assertThat(names(freezer)).containsExactlyInAnyOrder("frozen peas", "salmon");
        assertThat(freezer).allSatisfy(i -> assertThat(i.get("location").asText()).isEqualTo("freezer"));
        assertThat(names(cli.run("list", "--in", "pantry", "--json").ok().json())).containsExactly("rice");
        assertThat(names(cli.run("ls", "--in", "fridge", "--json").ok().json())).containsExactly("eggs");

        Result bad = cli.run("list", "--in", "garage").exit(1);
        assertThat(bad.err()).contains("Unknown location \"garage\"");
    }

    @Test
    void russianNamesAndUnitsResolve() {
        JsonNode buckwheat = cli.add("гречка", "800", "г", "--in", "pantry");
        assertThat(buckwheat.get("food_id").asText()).isEqualTo("20009");
        assertThat(buckwheat.get("name").asText()).isEqualTo("гречка");
        assertThat(buckwheat.get("unit").asText()).isEqualTo("g");
        assertThat(buckwheat.get("grams").asDouble()).isEqualTo(800.0);

        JsonNode milk = cli.add("молоко", "1", "л");
        assertThat(milk.get("food_id").asText()).isEqualTo("01077");
        assertThat(milk.get("unit").asText()).isEqualTo("l");
        // weighed through the density of milk (a cup weighs 244 g): a litre is a little over 1 kg
        assertThat(milk.get("grams").asDouble()).isBetween(1020.0, 1040.0);

        assertThat(names(cli.list())).containsExactlyInAnyOrder("гречка", "молоко");
    }

    @Test
    void unknownUnitOfAnUnknownFoodIsRefused() {
        Result r = cli.run("add", "grandma's secret jam", "1", "jar").exit(1);
        assertThat(r.err()).contains("Unknown unit \"jar\"").contains("g, kg, ml, l, pcs");
        assertThat(r.out()).isEmpty();
        assertThat(cli.list()).isEmpty();
    }

    @Test
    void unknownFoodInGramsIsKeptAndFlagged() {
        Result r = cli.run("add", "grandma's secret jam", "300", "g").ok();
        assertThat(r.out()).contains("grandma's secret jam").contains("not in the food database")
                .contains("Not found in the food database: kept without nutrition")
                .contains("fridge edit 1 --food FOOD_ID");

        JsonNode jam = cli.list().get(0);
        assertThat(jam.get("name").asText()).isEqualTo("grandma's secret jam");
        assertThat(jam.get("food_id").isNull()).isTrue();
        assertThat(jam.get("grams").asDouble()).isEqualTo(300.0);
        assertThat(jam.get("nutrients").isNull()).isTrue();

        String table = cli.run("list").ok().out();
        assertThat(table).contains("? (unknown food)").contains("1 item(s) not found in the food database");
    }

    @Test
    void knownFoodInAUnitWithoutWeightIsKeptButNotWeighed() {
        // milk has cup/tbsp/fl oz measures but no weight of one "piece"
        JsonNode milk = cli.add("milk", "2", "pcs");
        assertThat(milk.get("food_id").asText()).isEqualTo("01077");
        assertThat(milk.get("grams").isNull()).isTrue();
        assertThat(cli.run("list").ok().out()).contains("1 item(s) in units with no known weight");
    }

    @Test
    void householdMeasureOfTheFoodIsAUnit() {
        JsonNode eggs = cli.add("eggs", "2", "large", "--expires", "+3d");
        assertThat(eggs.get("unit").asText()).isEqualTo("large");
        assertThat(eggs.get("grams").asDouble()).isEqualTo(100.0);
    }

    @Test
    void optionsAreStored() {
        JsonNode added = cli.add("eggs", "6", "pcs", "--food", "01124", "--opened", "--note", "for meringue", "--in", "freezer");
        assertThat(added.get("food_id").asText()).isEqualTo("01124");
        assertThat(added.get("opened").asBoolean()).isTrue();
        assertThat(added.get("note").asText()).isEqualTo("for meringue");
        assertThat(added.get("location").asText()).isEqualTo("freezer");
        assertThat(cli.list().get(0)).isEqualTo(added);
    }

    static Stream<Arguments> refusedAdds() {
        return Stream.of(
                Arguments.of(List.of("add", "milk", "1", "bucket"), "Unknown unit \"bucket\""),
                // picocli passes a negative number through as a positional parameter: refused by the quantity check
                Arguments.of(List.of("add", "milk", "-1", "l"), "The quantity must be more than zero, not \"-1\""),
                Arguments.of(List.of("add", "milk", "--", "-1", "l"), "The quantity must be more than zero, not \"-1\""),
                Arguments.of(List.of("add", "--", "milk", "-1", "l"), "The quantity must be more than zero, not \"-1\""),
                Arguments.of(List.of("add", "milk", "0", "l"), "The quantity must be more than zero, not \"0\""),
                Arguments.of(List.of("add", "milk", "lots", "l"), "Cannot read the quantity \"lots\""),
                Arguments.of(List.of("add", "milk", "1", "l", "--expires", "2026-02-30"), "There is no such date: \"2026-02-30\""),
                Arguments.of(List.of("add", "milk", "1", "l", "--expires", "31.04.2026"), "There is no such date: \"31.04.2026\""),
                Arguments.of(List.of("add", "milk", "1", "l", "--expires", "soonish"), "Cannot read the date \"soonish\""),
                Arguments.of(List.of("add", "milk", "1", "l", "--in", "garage"), "Unknown location \"garage\""),
                Arguments.of(List.of("add", "milk", "1", "l", "--food", "99999"), "There is no food with the id \"99999\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAdds")
    void badInputIsRefusedAndNothingIsWritten(List<String> args, String message) {
        JsonNode before = CliRunner.JSON.createArrayNode().add(cli.add("eggs", "6", "pcs", "--expires", "+3d"));

        Result r = cli.run(args.toArray(String[]::new)).exit(1);
        assertThat(r.err()).contains(message).doesNotContain("Exception").doesNotContain("at dev.fridgechef");
        assertThat(r.out()).isEmpty();

        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void missingUnitIsAUsageError() {
        Result r = cli.run("add", "milk", "1").exit(2);
        assertThat(r.err()).contains("Usage error: expected NAME QTY UNIT").contains("See: fridge add --help");
        assertThat(cli.list()).isEmpty();

        Result none = cli.run("add").exit(2);
        assertThat(none.err()).contains("Usage error: missing NAME QTY UNIT.");
    }

    @Test
    void emptyStockSaysHowToAdd() {
        assertThat(cli.run("list").ok().out()).contains("Nothing in stock").contains("fridge add");
        assertThat(cli.list()).isEmpty();
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(i.get("name").asText()));
        return names;
    }
}
