package dev.fridgechef.inventory;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryHashTest {
    @TempDir
    Path dir;

    private int stores;

    /** Puts the drafts into a fresh store and returns the hash of what it then holds. */
    private String hashOf(List<ItemDraft> drafts) {
        try (FridgeChef app = TestStores.open(dir.resolve("s" + stores++))) {
            for (ItemDraft d : drafts) app.inventory().add(d);
            return InventoryHash.of(app.inventory().list());
        }
    }

    private static ItemDraft item(String name, String qty, String unit, String expires) {
        return ItemDraft.of(name, qty, unit).withExpires(expires);
    }

    private static List<ItemDraft> fridge() {
        return List.of(item("eggs", "10", "pcs", "+10d"), item("milk", "1", "l", "+4d"), item("chicken breast", "600", "g", "+2d"),
                item("rice", "1", "kg", null), item("Grandma's jam", "2", "pcs", null));
    }

    @Test
    void isIndependentOfOrder() {
        List<ItemDraft> shuffled = new ArrayList<>(fridge());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(hashOf(shuffled)).isEqualTo(hashOf(fridge()));
    }

    @Test
    void isIndependentOfCaseSpacingAndUnitSpelling() {
        String base = hashOf(List.of(item("rice", "1", "kg", null), item("Grandma's jam", "300", "g", null)));
        assertThat(hashOf(List.of(item("RICE ", "1000", "g", null), item("grandma's   JAM", "300", "grams", null)))).isEqualTo(base);
        assertThat(hashOf(List.of(item("рис", "1000", "гр", null), item("Grandma’s jam", "0.3", "кг", null)))).isEqualTo(base);
    }

    @Test
    void splittingOrSlightlyUsingAPackIsNotANewFridge() {
        String base = hashOf(List.of(item("rice", "1", "kg", null), item("chicken breast", "600", "g", "+2d")));
        assertThat(hashOf(List.of(item("rice", "500", "g", null), item("rice", "500", "g", null),
                item("chicken breast", "600", "g", "+2d")))).isEqualTo(base);
        assertThat(hashOf(List.of(item("rice", "997", "g", null), item("chicken breast", "603", "g", "+2d")))).isEqualTo(base);
    }

    @Test
    void changesWhenTheStockChangesMaterially() {
        String base = hashOf(fridge());
        List<ItemDraft> fewerEggs = new ArrayList<>(fridge());
        fewerEggs.set(0, item("eggs", "4", "pcs", "+10d"));
        List<ItemDraft> otherExpiry = new ArrayList<>(fridge());
        otherExpiry.set(1, item("milk", "1", "l", "+1d"));
        List<ItemDraft> extra = new ArrayList<>(fridge());
        extra.add(item("salmon", "300", "g", "+1d"));
        assertThat(List.of(hashOf(fewerEggs), hashOf(otherExpiry), hashOf(extra), hashOf(fridge().subList(1, 5))))
                .doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void canonicalFormIsDocumentedAndStable() {
        try (FridgeChef app = TestStores.open(dir.resolve("canon"))) {
            app.inventory().add(item("eggs", "10", "pcs", "2026-12-05"));
            app.inventory().add(item("Grandma's jam", "2", "pcs", null));
            assertThat(InventoryHash.canonicalForm(app.inventory().list()))
                    .isEqualTo("v2\n01123|450 g|2026-12-05\nname:grandma s jam|2 pcs|-");
            assertThat(InventoryHash.of(app.inventory().list())).hasSize(64).matches("[0-9a-f]+");
        }
    }

    @Test
    void itemsWithoutAWeightInDifferentUnitsAreDifferentFridges() {
        String jamInJars = hashOf(List.of(item("Grandma's jam", "2", "pcs", null)));
        String alsoAPackage = hashOf(List.of(item("Grandma's jam", "2", "pcs", null), item("Grandma's jam", "1", "cup", null)));
        assertThat(alsoAPackage).isNotEqualTo(jamInJars);
        assertThat(hashOf(List.of(item("Grandma's jam", "1", "pcs", null), item("grandma's jam", "1", "шт", null)))).isEqualTo(jamInJars);
    }

    @Test
    void roundingSteps() {
        assertThat(InventoryHash.roundGrams(43)).isEqualTo(40);
        assertThat(InventoryHash.roundGrams(503)).isEqualTo(500);
        assertThat(InventoryHash.roundGrams(1503)).isEqualTo(1500);
        assertThat(InventoryHash.roundGrams(7300)).isEqualTo(7500);
        assertThat(InventoryHash.roundCount(2.2)).isEqualTo(2.0);
        assertThat(InventoryHash.roundCount(12.4)).isEqualTo(12.0);
        assertThat(InventoryHash.roundCount(63)).isEqualTo(65.0);
    }
}
