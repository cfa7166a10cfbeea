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

/** {@code fridge use}, {@code remove} and {@code edit} against a real store. */
class UseRemoveEditCommandTest {
    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    @Test
    void usePartOfAnItemReducesItsQuantity() {
        cli.run("add", "milk", "1", "l", "--expires", "+5d").ok();
        Result r = cli.run("use", "milk", "200", "ml").ok();
        assertThat(r.out()).contains("Used 0.2 l of milk (#1): 0.8 l left.");

        JsonNode milk = only(cli.list());
        assertThat(milk.get("quantity").asDouble()).isEqualTo(0.8);
        assertThat(milk.get("unit").asText()).isEqualTo("l");
    }

    @Test
    void useMoreThanInStockIsRefusedAndChangesNothing() {
        cli.run("add", "milk", "1", "l", "--expires", "+5d").ok();
        cli.run("add", "milk", "300", "ml", "--expires", "+2d").ok();
        JsonNode before = cli.list();

        Result r = cli.run("use", "milk", "2", "l").exit(1);
        assertThat(r.err()).contains("Cannot use 2 l of milk: only 1.3 l in stock. Nothing was changed.");
        assertThat(r.out()).isEmpty();
        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void useAcrossTwoItemsTakesTheSoonestExpiringFirst() {
        cli.run("add", "milk", "1", "l", "--expires", "+5d").ok();     // #1
        cli.run("add", "milk", "500", "ml", "--expires", "+2d").ok();  // #2, expires first
        cli.run("add", "milk", "1", "l").ok();                         // #3, no expiry: last

        Result small = cli.run("use", "milk", "200", "ml").ok();
        assertThat(small.out()).contains("(#2)").doesNotContain("(#1)");
        assertThat(quantities(cli.list())).containsExactly("2=300.0 ml", "1=1.0 l", "3=1.0 l");

        Result r = cli.run("use", "milk", "700", "ml").ok();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("Used 300 ml of milk (#2): finished, removed from stock.");
        assertThat(lines[1]).isEqualTo("Used 0.4 l of milk (#1): 0.6 l left.");
        assertThat(quantities(cli.list())).containsExactly("1=0.6 l", "3=1.0 l");
    }

    @Test
    void useConvertsBetweenUnits() {
        cli.run("add", "rice", "1", "kg", "--in", "pantry").ok();
        Result r = cli.run("use", "rice", "250", "g").ok();
        assertThat(r.out()).contains("Used 0.25 kg of rice (#1): 0.75 kg left.");
        JsonNode rice = only(cli.list());
        assertThat(rice.get("quantity").asDouble()).isEqualTo(0.75);
        assertThat(rice.get("unit").asText()).isEqualTo("kg");
        assertThat(rice.get("grams").asDouble()).isEqualTo(750.0);
    }

    @Test
    void useRemovesAnItemUsedUp() {
        cli.run("add", "eggs", "6", "pcs").ok();
        cli.run("add", "rice", "1", "kg").ok();
        Result r = cli.run("use", "eggs", "6", "pcs").ok();
        assertThat(r.out()).contains("Used 6 pcs of eggs (#1): finished, removed from stock.");
        assertThat(quantities(cli.list())).containsExactly("2=1.0 kg");

        cli.run("use", "rice", "1000", "g").ok();
        assertThat(cli.list()).isEmpty();
    }

    @Test
    void useByRussianNameFindsTheSameFood() {
        cli.run("add", "milk", "1", "l").ok();
        cli.run("use", "молоко", "250", "мл").ok();
        assertThat(only(cli.list()).get("quantity").asDouble()).isEqualTo(0.75);
    }

    @Test
    void useJsonReportsTheChanges() {
        cli.run("add", "milk", "1", "l", "--expires", "+5d").ok();
        JsonNode r = cli.run("use", "milk", "200", "ml", "--json").ok().json();
        assertThat(r.get("quantity").asDouble()).isEqualTo(200.0);
        assertThat(r.get("unit").asText()).isEqualTo("ml");
        assertThat(r.get("changes")).hasSize(1);
        assertThat(r.get("changes").get(0).get("taken").asDouble()).isEqualTo(0.2);
        assertThat(r.get("changes").get(0).get("left").asDouble()).isEqualTo(0.8);
    }

    @Test
    void useOfNothingByThatNameIsRefused() {
        cli.run("add", "milk", "1", "l").ok();
        JsonNode before = cli.list();
        Result r = cli.run("use", "caviar", "10", "g").exit(1);
        assertThat(r.err()).contains("Nothing called \"caviar\" is in stock.");
        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void useInUnitsThatDoNotConvertIsRefused() {
        cli.run("add", "grandma's secret jam", "300", "g").ok();
        JsonNode before = cli.list();
        Result r = cli.run("use", "grandma's secret jam", "1", "cup").exit(1);
        assertThat(r.err()).contains("Cannot measure \"grandma's secret jam\" in cup");
        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void useWithBadQuantityOrUnitIsRefused() {
        cli.run("add", "milk", "1", "l").ok();
        JsonNode before = cli.list();
        assertThat(cli.run("use", "milk", "-1", "l").exit(1).err()).contains("more than zero");
        assertThat(cli.run("use", "milk", "0", "l").exit(1).err()).contains("more than zero");
        assertThat(cli.run("use", "milk", "1", "bucket").exit(1).err()).contains("Unknown unit \"bucket\"");
        assertThat(cli.run("use", "milk", "1").exit(2).err()).contains("expected NAME QTY UNIT");
        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void removeById() {
        cli.run("add", "eggs", "6", "pcs").ok();
        cli.run("add", "milk", "1", "l").ok();
        Result r = cli.run("remove", "1").ok();
        assertThat(r.out()).contains("Removed #1 eggs (6 pcs).");
        assertThat(quantities(cli.list())).containsExactly("2=1.0 l");
    }

    @Test
    void removeByName() {
        cli.run("add", "eggs", "6", "pcs").ok();
        cli.run("add", "grandma's secret jam", "300", "g").ok();
        assertThat(cli.run("remove", "eggs").ok().out()).contains("Removed #1 eggs (6 pcs).");
        // several words without quotes make one name
        assertThat(cli.run("rm", "grandma's", "secret", "jam").ok().out()).contains("Removed #2 grandma's secret jam (300 g).");
        assertThat(cli.list()).isEmpty();
    }

    @Test
    void removeByAmbiguousNameWithoutAllRemovesNothing() {
        cli.run("add", "milk", "1", "l", "--expires", "+5d").ok();
        cli.run("add", "milk", "500", "ml", "--expires", "+2d").ok();
        cli.run("add", "eggs", "6", "pcs").ok();
        JsonNode before = cli.list();

        Result r = cli.run("remove", "milk").exit(1);
        assertThat(r.err()).contains("\"milk\" matches 2 items").contains("--all");
        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void removeAllRemovesEveryMatch() {
        cli.run("add", "milk", "1", "l", "--expires", "+5d").ok();
        cli.run("add", "молоко", "500", "ml", "--expires", "+2d").ok();
        cli.run("add", "eggs", "6", "pcs").ok();

        Result r = cli.run("remove", "milk", "--all").ok();
        assertThat(r.out()).contains("Removed #1 milk (1 l).").contains("Removed #2 молоко (500 ml).");
        assertThat(quantities(cli.list())).containsExactly("3=6.0 pcs");
    }

    @Test
    void removeOfUnknownIdOrNameIsRefused() {
        cli.run("add", "eggs", "6", "pcs").ok();
        JsonNode before = cli.list();
        assertThat(cli.run("remove", "99").exit(1).err()).contains("There is no item with id 99.");
        assertThat(cli.run("remove", "caviar").exit(1).err()).contains("Nothing called \"caviar\" is in stock.");
        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void removeJsonListsTheRemovedItems() {
        cli.run("add", "eggs", "6", "pcs").ok();
        JsonNode removed = cli.run("remove", "eggs", "--json").ok().json();
        assertThat(removed).hasSize(1);
        assertThat(removed.get(0).get("id").asLong()).isEqualTo(1);
        assertThat(removed.get(0).get("name").asText()).isEqualTo("eggs");
    }

    @Test
    void editChangesQuantityUnitExpiryLocationOpenedAndNote() {
        cli.run("add", "eggs", "6", "pcs", "--expires", "+3d").ok();
        Result r = cli.run("edit", "1", "--qty", "10", "--unit", "large", "--expires", "2026-12-10", "--in", "freezer",
                "--opened", "--note", "for cake").ok();
        assertThat(r.out()).contains("Changed #1 eggs, 10 large, freezer, expires 2026-12-10");

        JsonNode eggs = only(cli.list());
        assertThat(eggs.get("quantity").asDouble()).isEqualTo(10.0);
        assertThat(eggs.get("unit").asText()).isEqualTo("large");
        assertThat(eggs.get("grams").asDouble()).isEqualTo(500.0);
        assertThat(eggs.get("expires").asText()).isEqualTo("2026-12-10");
        assertThat(eggs.get("location").asText()).isEqualTo("freezer");
        assertThat(eggs.get("opened").asBoolean()).isTrue();
        assertThat(eggs.get("note").asText()).isEqualTo("for cake");
        assertThat(eggs.get("food_id").asText()).isEqualTo("01123");
        assertThat(eggs.get("added").asText()).isEqualTo("2026-11-25");
    }

    @Test
    void editKeepsFieldsNotGiven() {
        cli.run("add", "eggs", "6", "pcs", "--expires", "+3d", "--in", "freezer", "--opened", "--note", "n").ok();
        cli.run("edit", "1", "--qty", "4").ok();
        JsonNode eggs = only(cli.list());
        assertThat(eggs.get("quantity").asDouble()).isEqualTo(4.0);
        assertThat(eggs.get("unit").asText()).isEqualTo("pcs");
        assertThat(eggs.get("expires").asText()).isEqualTo("2026-11-28");
        assertThat(eggs.get("location").asText()).isEqualTo("freezer");
        assertThat(eggs.get("opened").asBoolean()).isTrue();
        assertThat(eggs.get("note").asText()).isEqualTo("n");
    }

    @Test
    void editNoExpiryAndClosed() {
        cli.run("add", "eggs", "6", "pcs", "--expires", "+3d", "--opened").ok();
        cli.run("edit", "1", "--no-expiry", "--closed").ok();
        JsonNode eggs = only(cli.list());
        assertThat(eggs.get("expires").isNull()).isTrue();
        assertThat(eggs.get("days_left").isNull()).isTrue();
        assertThat(eggs.get("opened").asBoolean()).isFalse();
    }

    @Test
    void editFoodReplacesTheLookedUpFood() {
        cli.run("add", "eggs", "6", "pcs", "--expires", "+3d").ok();
        JsonNode edited = cli.run("edit", "1", "--food", "01124", "--json").ok().json();
        assertThat(edited.get("food_id").asText()).isEqualTo("01124");
        assertThat(edited.get("name").asText()).isEqualTo("eggs");
        // egg white of a large egg: 33 g
        assertThat(edited.get("grams").asDouble()).isEqualTo(198.0);
        assertThat(only(cli.list())).isEqualTo(edited);
    }

    @Test
    void editFoodOfAnUnresolvedItem() {
        cli.run("add", "grandma's secret jam", "300", "g", "--expires", "+30d").ok();
        cli.run("edit", "1", "--food", "19297").ok();
        JsonNode jam = only(cli.list());
        assertThat(jam.get("food_id").asText()).isEqualTo("19297");
        assertThat(jam.get("nutrients").get("energy").asDouble()).isPositive();
    }

    @Test
    void editNameLooksTheFoodUpAgain() {
        cli.run("add", "eggs", "500", "g", "--expires", "+3d").ok();
        cli.run("edit", "1", "--name", "milk").ok();
        JsonNode milk = only(cli.list());
        assertThat(milk.get("name").asText()).isEqualTo("milk");
        assertThat(milk.get("food_id").asText()).isEqualTo("01077");
    }

    static Stream<Arguments> invalidEdits() {
        return Stream.of(
                Arguments.of(List.of("--qty", "-3"), "The quantity must be more than zero, not \"-3\""),
                Arguments.of(List.of("--qty", "0"), "The quantity must be more than zero, not \"0\""),
                Arguments.of(List.of("--qty", "many"), "Cannot read the quantity \"many\""),
                Arguments.of(List.of("--unit", "bucket"), "Unknown unit \"bucket\""),
                Arguments.of(List.of("--expires", "2026-02-30"), "There is no such date: \"2026-02-30\""),
                Arguments.of(List.of("--in", "garage"), "Unknown location \"garage\""),
                Arguments.of(List.of("--food", "99999"), "There is no food with the id \"99999\""),
                // a valid change together with an invalid one: neither is applied
                Arguments.of(List.of("--qty", "2", "--in", "garage"), "Unknown location \"garage\""));
    }

    @ParameterizedTest(name = "edit 1 {0}")
    @MethodSource("invalidEdits")
    void invalidEditChangesNothing(List<String> options, String message) {
        JsonNode before = CliRunner.JSON.createArrayNode().add(cli.add("eggs", "6", "pcs", "--expires", "+3d"));
        List<String> args = new ArrayList<>(List.of("edit", "1"));
        args.addAll(options);

        Result r = cli.run(args.toArray(String[]::new)).exit(1);
        assertThat(r.err()).contains(message).doesNotContain("Exception");
        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void editOfUnknownIdIsRefused() {
        assertThat(cli.run("edit", "99", "--qty", "2").exit(1).err()).contains("There is no item with id 99.");
    }

    @Test
    void editWithExpiresAndNoExpiryIsAUsageError() {
        cli.run("add", "eggs", "6", "pcs", "--expires", "+3d").ok();
        JsonNode before = cli.list();
        Result r = cli.run("edit", "1", "--expires", "2026-12-01", "--no-expiry").exit(2);
        assertThat(r.err()).contains("give only one of --expires, --no-expiry.");
        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void editOfAnItemWithoutExpiryDate() {
        cli.run("add", "eggs", "6", "pcs").ok();
        Result r = cli.run("edit", "1", "--qty", "10").ok();
        assertThat(r.err()).isEmpty();
        JsonNode eggs = only(cli.list());
        assertThat(eggs.get("quantity").asDouble()).isEqualTo(10.0);
        assertThat(eggs.get("expires").isNull()).isTrue();
    }

    @Test
    void editRelativeExpiryIsCountedFromToday() {
        cli.run("add", "eggs", "6", "pcs", "--expires", "+3d").ok();
        CliRunner later = cli.daysLater(10);
        later.run("edit", "1", "--expires", "+3d").ok();
        JsonNode eggs = only(later.list());
        assertThat(eggs.get("expires").asText()).isEqualTo("2026-12-08");
        assertThat(eggs.get("days_left").asLong()).isEqualTo(3);
        assertThat(eggs.get("added").asText()).isEqualTo("2026-11-25");
    }

    private static JsonNode only(JsonNode list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    /** "id=quantity unit" of each item, in list order. */
    private static List<String> quantities(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(i -> out.add(i.get("id").asLong() + "=" + i.get("quantity").asDouble() + " " + i.get("unit").asText()));
        return out;
    }
}
