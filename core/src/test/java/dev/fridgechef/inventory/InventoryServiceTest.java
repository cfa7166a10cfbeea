package dev.fridgechef.inventory;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class InventoryServiceTest {
    @TempDir
    Path dir;
    private FridgeChef app;
    private InventoryService inventory;

    @BeforeEach
    void open() {
        app = TestStores.open(dir);
        inventory = app.inventory();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private StockEntry add(String name, String qty, String unit, String expires) {
        return inventory.add(ItemDraft.of(name, qty, unit).withExpires(expires));
    }

    @Test
    void addResolvesTheFoodAndWeighsIt() {
        StockEntry e = add("Куриная грудка", "0.6", "кг", "+2d");
        assertThat(e.item().foodId()).isEqualTo("05062");
        assertThat(e.item().unit()).isEqualTo("kg");
        assertThat(e.item().expiresOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(e.grams()).isCloseTo(600, within(1e-9));
        assertThat(e.nutrients().get(dev.fridgechef.food.Nutrient.ENERGY)).isCloseTo(660, within(0.5));
    }

    @Test
    void unknownFoodsAreKeptAndFlagged() {
        StockEntry e = add("grandma's secret jam", "300", "g", null);
        assertThat(e.item().resolved()).isFalse();
        assertThat(e.grams()).isEqualTo(300);
        assertThat(e.nutrients()).isNull();
        assertThat(inventory.list()).hasSize(1);
    }

    @Test
    void householdMeasuresAreCheckedAgainstTheFood() {
        assertThat(add("eggs", "6", "large", null).item().unit()).isEqualTo("large");
        assertThatThrownBy(() -> add("eggs", "6", "bucket", null)).isInstanceOf(UserException.class)
                .hasMessageContaining("bucket").hasMessageContaining("large");
        assertThatThrownBy(() -> add("grandma's secret jam", "2", "jar", null)).isInstanceOf(UserException.class);
        assertThat(inventory.list()).hasSize(1);
    }

    @Test
    void useTakesFromTheSoonestExpiringItemFirstAcrossItems() {
        StockEntry later = add("milk", "1", "l", "+6d");
        StockEntry sooner = add("milk", "500", "ml", "+1d");
        UseResult r = inventory.use("молоко", "700", "ml");
        assertThat(r.changes()).hasSize(2);
        assertThat(r.changes().get(0).item().id()).isEqualTo(sooner.item().id());
        assertThat(r.changes().get(0).left()).isZero();
        List<StockEntry> left = inventory.list();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).item().id()).isEqualTo(later.item().id());
        assertThat(left.get(0).item().quantity()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void useConvertsUnitsThroughGrams() {
        add("rice", "1", "kg", null);
        inventory.use("rice", "250", "g");
        assertThat(inventory.list().get(0).item().quantity()).isCloseTo(0.75, within(1e-9));
        add("eggs", "10", "pcs", null);
        inventory.use("eggs", "88", "g"); // two medium eggs
        assertThat(inventory.list()).filteredOn(e -> e.item().foodId().equals("01123"))
                .singleElement().satisfies(e -> assertThat(e.item().quantity()).isCloseTo(8, within(1e-9)));
    }

    @Test
    void usingMoreThanTheStockChangesNothing() {
        add("milk", "1", "l", "+3d");
        assertThatThrownBy(() -> inventory.use("milk", "2", "l")).isInstanceOf(UserException.class)
                .hasMessageContaining("only 1 l");
        assertThatThrownBy(() -> inventory.use("cheese", "1", "g")).isInstanceOf(UserException.class);
        assertThat(inventory.list().get(0).item().quantity()).isEqualTo(1);
    }

    @Test
    void importIsAllOrNothingAndNamesTheBadRows() {
        List<ItemDraft> rows = new ArrayList<>();
        IntStream.range(0, 500).forEach(i -> rows.add(ItemDraft.of("rice " + i, "100", "g")));
        rows.add(250, ItemDraft.of("milk", "-1", "l"));
        rows.add(ItemDraft.of("eggs", "2", "pcs").withExpires("2026-02-30"));
        List<Integer> lines = IntStream.rangeClosed(2, rows.size() + 1).boxed().toList();
        assertThatThrownBy(() -> inventory.addAll(rows, lines)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems()).extracting(RowProblem::line).containsExactly(252, 503));
        assertThat(inventory.list()).isEmpty();

        rows.remove(rows.size() - 1);
        rows.remove(250);
        assertThat(inventory.addAll(rows, lines.subList(0, rows.size()))).hasSize(500);
        assertThat(inventory.list()).hasSize(500);
    }

    @Test
    void editValidatesTheWholeItemAndKeepsItOnFailure() {
        long id = add("milk", "1", "l", "+3d").item().id();
        StockEntry edited = inventory.edit(id, new ItemDraft(null, "2", null, "freezer", null, "yes", "for pancakes", null), false);
        assertThat(edited.item().quantity()).isEqualTo(2);
        assertThat(edited.item().location()).isEqualTo(Location.FREEZER);
        assertThat(edited.item().opened()).isTrue();
        assertThatThrownBy(() -> inventory.edit(id, new ItemDraft(null, "0", null, null, null, null, null, null), false))
                .isInstanceOf(UserException.class);
        assertThat(inventory.get(id).item().quantity()).isEqualTo(2);
        assertThat(inventory.edit(id, new ItemDraft(null, null, null, null, null, null, null, null), true).item().expiresOn()).isNull();
    }

    @Test
    void removeByNameNeedsAllWhenSeveralMatch() {
        add("apples", "2", "pcs", "+3d");
        add("apples", "3", "pcs", "+9d");
        assertThatThrownBy(() -> inventory.remove("apples", false)).isInstanceOf(UserException.class);
        assertThat(inventory.list()).hasSize(2);
        assertThat(inventory.remove("apples", true)).hasSize(2);
        assertThat(inventory.list()).isEmpty();
    }
}
