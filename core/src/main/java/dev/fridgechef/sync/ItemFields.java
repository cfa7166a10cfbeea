package dev.fridgechef.sync;

import java.time.LocalDate;

/** The fields a stock item is created with; the quantity is not one of them, it is the sum of the item's deltas. */
public record ItemFields(String name, String foodId, String unit, String location, LocalDate addedOn, LocalDate expiresOn,
                         boolean opened, String note) {
}
