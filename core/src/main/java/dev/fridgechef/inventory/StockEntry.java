package dev.fridgechef.inventory;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrients;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An item with what the food database knows of it: the food (null if unresolved), its weight in
 * grams (null when no conversion exists) and the nutrients of that weight (null likewise).
 */
public record StockEntry(InventoryItem item, Food food, Double grams, Nutrients nutrients) {

    /** Days until expiry (negative once expired), or null when no date is set. */
    public Long daysToExpiry(LocalDate today) {
        return item.expiresOn() == null ? null : ChronoUnit.DAYS.between(today, item.expiresOn());
    }
}
