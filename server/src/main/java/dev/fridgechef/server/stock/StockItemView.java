package dev.fridgechef.server.stock;

import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.inventory.StockEntry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stock item as the API shows it: what was entered, the food it resolved to and its weight in
 * grams (null when the unit does not convert). Only stored facts, nothing that depends on the day it
 * is read, so its ETag changes exactly when the item does.
 */
public record StockItemView(UUID id, String name, String foodId, String foodName, double quantity, String unit, String location,
                            LocalDate addedOn, LocalDate expiresOn, boolean opened, String note, Double grams, long version) {

    public static StockItemView of(StockItem stored, FoodDatabase foods) {
        StockEntry e = StockEntry.of(stored.item(), foods);
        var i = stored.item();
        return new StockItemView(stored.id(), i.name(), i.foodId(), e.food() == null ? null : e.food().displayName(false), i.quantity(),
                i.unit(), i.location().key(), i.addedOn(), i.expiresOn(), i.opened(), i.note(),
                e.grams() == null ? null : Math.round(e.grams() * 10) / 10.0, stored.version());
    }
}
