package dev.fridgechef.inventory;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.unit.GramConversion;
import dev.fridgechef.unit.Units;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;

/**
 * An item with what the food database knows of it: the food (null if unresolved), its weight in
 * grams (null when no conversion exists) and the nutrients of that weight (null likewise).
 */
public record StockEntry(InventoryItem item, Food food, Double grams, Nutrients nutrients) {

    /** The item with its food, weight and nutrients as {@code foods} knows them. */
    public static StockEntry of(InventoryItem item, FoodDatabase foods) {
        Food food = item.foodId() == null ? null : foods.byId(item.foodId()).orElse(null);
        OptionalDouble grams = GramConversion.toGrams(food, item.quantity(), Units.parse(item.unit()));
        if (grams.isEmpty()) return new StockEntry(item, food, null, null);
        double g = grams.getAsDouble();
        return new StockEntry(item, food, g, food == null ? null : food.per100g().scaled(g / 100));
    }

    /** Days until expiry (negative once expired), or null when no date is set. */
    public Long daysToExpiry(LocalDate today) {
        return item.expiresOn() == null ? null : ChronoUnit.DAYS.between(today, item.expiresOn());
    }
}
