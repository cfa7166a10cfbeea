package dev.fridgechef.server.stock;

import dev.fridgechef.inventory.InventoryItem;

import java.util.UUID;

/** A household's stock item: core's item (its numeric id unused) under a UUID, with the version every change raises. */
public record StockItem(UUID id, InventoryItem item, long version) {
}
