package dev.fridgechef.inventory;

import java.util.List;

/** What {@code use} took: the amount asked for and, per item, how much was taken and how much is left (0 = removed). */
public record UseResult(double quantity, String unit, List<Change> changes) {
    public record Change(InventoryItem item, double taken, double left) {
    }
}
