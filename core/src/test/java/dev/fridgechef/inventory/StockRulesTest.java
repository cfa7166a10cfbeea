package dev.fridgechef.inventory;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StockRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Food EGGS = TestFoods.get().byId("01123").orElseThrow();

    private static StockEntry entry(Food food, Double grams, LocalDate expires) {
        InventoryItem item = new InventoryItem(1, "eggs", food == null ? null : food.id(), 2, "pcs", Location.FRIDGE, TODAY, expires, false, null);
        return new StockEntry(item, food, grams, null);
    }

    @Test
    void aKnownFoodOfKnownWeightNotYetExpiredIsUsable() {
        assertThat(StockRules.usable(entry(EGGS, 100.0, null), TODAY)).isTrue();
        assertThat(StockRules.usable(entry(EGGS, 100.0, TODAY), TODAY)).as("its expiry day still counts").isTrue();
        assertThat(StockRules.usable(entry(EGGS, 100.0, TODAY.minusDays(1)), TODAY)).isFalse();
        assertThat(StockRules.usable(entry(null, 100.0, null), TODAY)).isFalse();
        assertThat(StockRules.usable(entry(EGGS, null, null), TODAY)).isFalse();
        assertThat(StockRules.usable(entry(EGGS, 0.0, null), TODAY)).isFalse();
    }
}
