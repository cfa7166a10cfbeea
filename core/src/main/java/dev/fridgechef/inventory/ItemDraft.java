package dev.fridgechef.inventory;

/**
 * An item as typed or imported, every field still text; {@link ItemValidator} turns it into an
 * {@link InventoryItem} or says exactly what is wrong. Null fields take their defaults (location
 * fridge, no expiry, not opened).
 */
public record ItemDraft(String name, String quantity, String unit, String location, String expires,
                        String opened, String note, String foodId) {

    public static ItemDraft of(String name, String quantity, String unit) {
        return new ItemDraft(name, quantity, unit, null, null, null, null, null);
    }

    public ItemDraft withLocation(String newLocation) {
        return new ItemDraft(name, quantity, unit, newLocation, expires, opened, note, foodId);
    }

    public ItemDraft withExpires(String newExpires) {
        return new ItemDraft(name, quantity, unit, location, newExpires, opened, note, foodId);
    }
}
