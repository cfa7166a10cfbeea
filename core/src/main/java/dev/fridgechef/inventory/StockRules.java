package dev.fridgechef.inventory;

import java.time.LocalDate;

/** The one definition of stock that cooking and planning may use. */
public final class StockRules {
    private StockRules() {
    }

    /** A known food of known, positive weight that has not expired by {@code today} (its expiry day still counts). */
    public static boolean usable(StockEntry e, LocalDate today) {
        if (e.food() == null || e.grams() == null || e.grams() <= 0) return false;
        LocalDate expires = e.item().expiresOn();
        return expires == null || !expires.isBefore(today);
    }
}
