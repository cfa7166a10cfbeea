package dev.fridgechef.cli.inventory;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.StockEntry;

import java.time.LocalDate;
import java.util.Map;

/** One stock item as printed with --json (documented in the README). */
public record ItemView(long id, String name, String foodId, String food, double quantity, String unit, Double grams,
                       String location, LocalDate added, LocalDate expires, Long daysLeft, boolean opened, String note,
                       Map<String, Double> nutrients) {

    public static ItemView of(StockEntry e, LocalDate today, boolean russian) {
        InventoryItem i = e.item();
        return new ItemView(i.id(), i.name(), i.foodId(), e.food() == null ? null : e.food().displayName(russian),
                i.quantity(), i.unit(), e.grams() == null ? null : Math.round(e.grams() * 10) / 10.0,
                i.location().key(), i.addedOn(), i.expiresOn(), e.daysToExpiry(today), i.opened(), i.note(),
                e.nutrients() == null ? null : e.nutrients().asMap());
    }

    double nutrient(Nutrient n) {
        if (nutrients == null) return Double.NaN;
        Double v = nutrients.get(n.key());
        return v == null ? Double.NaN : v;
    }
}
