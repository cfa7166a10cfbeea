package dev.fridgechef.inventory;

import org.jdbi.v3.core.Handle;

/**
 * Hears every change of the stock inside the transaction that makes it, so that whatever it writes
 * (sync's outbox) is stored with the change or not at all. Each method gets the item as stored
 * (with its id). {@link #quantityChanged} and {@link #removed} are called before the row is
 * updated or deleted, {@link #created} and {@link #edited} after. The default hears nothing.
 */
public interface StockJournal {
    /** Why a quantity went down or up. */
    enum Why { ADDED, USED, COOKED, THROWN_AWAY, CORRECTED }

    StockJournal NONE = new StockJournal() {
    };

    default void created(Handle h, InventoryItem item) {
    }

    /** The quantity of {@code before} became {@code after} (0: used up, and the row is gone). */
    default void quantityChanged(Handle h, InventoryItem before, double after, Why why) {
    }

    /** Fields other than the quantity changed (the quantity, if it changed too, is reported by {@link #quantityChanged}). */
    default void edited(Handle h, InventoryItem before, InventoryItem after) {
    }

    default void removed(Handle h, InventoryItem item) {
    }
}
