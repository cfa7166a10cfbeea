package dev.fridgechef.inventory;

import java.time.LocalDate;

/**
 * One thing in stock, as the person entered it. {@code foodId} is the SR21 food it was resolved to,
 * or null when no food matched (kept and flagged, never dropped). {@code id} is 0 until stored.
 */
public record InventoryItem(long id, String name, String foodId, double quantity, String unit, Location location,
                            LocalDate addedOn, LocalDate expiresOn, boolean opened, String note) {

    public boolean resolved() {
        return foodId != null;
    }

    public InventoryItem withId(long newId) {
        return new InventoryItem(newId, name, foodId, quantity, unit, location, addedOn, expiresOn, opened, note);
    }

    public InventoryItem withQuantity(double newQuantity) {
        return new InventoryItem(id, name, foodId, newQuantity, unit, location, addedOn, expiresOn, opened, note);
    }
}
