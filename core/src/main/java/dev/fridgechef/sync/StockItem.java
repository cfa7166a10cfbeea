package dev.fridgechef.sync;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stock item as the merged operations make it. {@code sum} is the sum of its deltas; the quantity
 * shown is never below zero, and {@code overdrawn} flags a merge that drove the sum below it (two
 * devices used the last of it while offline).
 */
public record StockItem(String id, String name, String foodId, String unit, String location, LocalDate addedOn,
                        LocalDate expiresOn, boolean opened, String note, BigDecimal sum) {
    public BigDecimal quantity() {
        return sum.signum() < 0 ? BigDecimal.ZERO : sum;
    }

    public boolean overdrawn() {
        return sum.signum() < 0;
    }
}
