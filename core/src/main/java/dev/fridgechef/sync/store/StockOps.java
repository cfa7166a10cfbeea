package dev.fridgechef.sync.store;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.Location;
import dev.fridgechef.inventory.StockJournal;
import dev.fridgechef.sync.Entity;
import dev.fridgechef.sync.ItemFields;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.Reason;
import dev.fridgechef.sync.Replica;
import dev.fridgechef.sync.Stamp;
import dev.fridgechef.sync.StockItem;
import org.jdbi.v3.core.Handle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The stock's side of sync. As a {@link StockJournal} it turns each local change into operations in
 * the change's own transaction (nothing while the store is not linked): an item added is ItemCreated
 * and QuantityAdjusted "added"; a use, a cooked meal or a correction is a QuantityAdjusted by the
 * difference in the item's own unit (never "set the quantity to X"); an edit is a FieldSet per field
 * that changed; a removal is ItemRemoved. It also writes what merged operations say back into
 * {@code inventory_item} ({@link #project}).
 */
public final class StockOps implements StockJournal {
    private final SyncStore sync;

    public StockOps(SyncStore sync) {
        this.sync = sync;
    }

    @Override
    public void created(Handle h, InventoryItem item) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty()) return;
        UUID uid = sync.ids().next();
        setUid(h, item.id(), uid);
        sync.record(h, link.get(), creation(uid, item));
    }

    @Override
    public void quantityChanged(Handle h, InventoryItem before, double after, Why why) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty()) return;
        BigDecimal delta = SyncStore.exact(after).subtract(SyncStore.exact(before.quantity()));
        if (delta.signum() == 0) return;
        UUID uid = uid(h, before.id());
        Reason reason = SyncStore.reason(why);
        sync.record(h, link.get(), List.of(s -> Op.quantityAdjusted(s, uid, delta, reason)));
    }

    @Override
    public void edited(Handle h, InventoryItem before, InventoryItem after) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty()) return;
        if (!before.unit().equals(after.unit())) {
            throw new UserException("error.sync.unit", before.name(), before.unit(), after.unit());
        }
        UUID uid = uid(h, before.id());
        List<Function<Stamp, Op>> changes = new ArrayList<>();
        field(changes, uid, "name", before.name(), after.name());
        field(changes, uid, "foodId", before.foodId(), after.foodId());
        field(changes, uid, "location", before.location().key(), after.location().key());
        field(changes, uid, "addedOn", text(before.addedOn()), text(after.addedOn()));
        field(changes, uid, "expiresOn", text(before.expiresOn()), text(after.expiresOn()));
        field(changes, uid, "opened", before.opened(), after.opened());
        field(changes, uid, "note", before.note(), after.note());
        sync.record(h, link.get(), changes);
    }

    @Override
    public void removed(Handle h, InventoryItem item) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty()) return;
        UUID uid = uid(h, item.id());
        sync.record(h, link.get(), List.of(s -> Op.itemRemoved(s, uid)));
    }

    /** At link time: every item gets its UUID, and today's stock becomes this device's first operations. */
    static int initial(SyncStore sync, Handle h, SyncStore.Link link) {
        List<InventoryItem> items = all(h);
        List<Function<Stamp, Op>> changes = new ArrayList<>();
        for (InventoryItem item : items) {
            UUID uid = sync.ids().next();
            setUid(h, item.id(), uid);
            changes.addAll(creation(uid, item));
        }
        return sync.record(h, link, changes).size();
    }

    /** Every stock item, in the order they were added. */
    static List<InventoryItem> all(Handle h) {
        return h.createQuery("SELECT id FROM inventory_item ORDER BY id").mapTo(Long.class).list().stream().map(id -> item(h, id)).toList();
    }

    private static List<Function<Stamp, Op>> creation(UUID uid, InventoryItem item) {
        ItemFields fields = new ItemFields(item.name(), item.foodId(), item.unit(), item.location().key(), item.addedOn(),
                item.expiresOn(), item.opened(), item.note());
        BigDecimal quantity = SyncStore.exact(item.quantity());
        return List.of(s -> Op.itemCreated(s, uid, fields), s -> Op.quantityAdjusted(s, uid, quantity, Reason.ADDED));
    }

    private static void field(List<Function<Stamp, Op>> changes, UUID uid, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) changes.add(s -> Op.fieldSet(s, uid, field, after));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void setUid(Handle h, long id, UUID uid) {
        h.createUpdate("UPDATE inventory_item SET uid = :uid WHERE id = :id").bind("uid", uid.toString()).bind("id", id).execute();
    }

    /** The item's UUID; one it lacks (it should not while linked) is given now. */
    private UUID uid(Handle h, long id) {
        Optional<String> uid = h.createQuery("SELECT uid FROM inventory_item WHERE id = :id").bind("id", id).mapTo(String.class).findOne();
        if (uid.isPresent() && uid.get() != null) return UUID.fromString(uid.get());
        throw new IllegalStateException("stock item " + id + " has no sync id although the store is linked");
    }

    private static InventoryItem item(Handle h, long id) {
        return h.createQuery("SELECT * FROM inventory_item WHERE id = :id").bind("id", id).map((rs, ctx) -> {
            Date expires = rs.getDate("expires_on");
            return new InventoryItem(rs.getLong("id"), rs.getString("name"), rs.getString("food_id"),
                    rs.getBigDecimal("quantity").doubleValue(), rs.getString("unit"), Location.valueOf(rs.getString("location")),
                    rs.getDate("added_on").toLocalDate(), expires == null ? null : expires.toLocalDate(),
                    rs.getBoolean("opened"), rs.getString("note"));
        }).one();
    }

    /** The local numeric id of an item known by its UUID, if it is in stock here. */
    public static Optional<Long> localId(Handle h, String uid) {
        return h.createQuery("SELECT id FROM inventory_item WHERE uid = :uid").bind("uid", uid).mapTo(Long.class).findOne();
    }

    /** The UUID of a local item, if it has one. */
    public static Optional<String> uidOf(Handle h, long id) {
        return h.createQuery("SELECT uid FROM inventory_item WHERE id = :id").bind("id", id).mapTo(String.class).findOne()
                .filter(Objects::nonNull);
    }

    /**
     * Writes the merged state of the items {@code uids} into {@code inventory_item} ({@code merged}: their
     * state, an absent one removed): a new item gets a new local id, a changed one is updated, one that is
     * removed, used up or overdrawn (shown as 0) leaves the table. A few batched statements for a page of
     * thousands of items, where one or two statements an item made a new device's first sync slow.
     */
    static void projectAll(Handle h, java.util.Map<String, StockItem> merged, java.util.Collection<String> uids) {
        java.util.Map<String, Long> local = localIds(h, uids);
        var deletes = h.prepareBatch("DELETE FROM inventory_item WHERE id = :id");
        var updates = h.prepareBatch("UPDATE inventory_item SET name = :name, food_id = :foodId, quantity = :quantity, unit = :unit, "
                + "location = :location, added_on = :addedOn, expires_on = :expiresOn, opened = :opened, note = :note WHERE id = :id");
        var inserts = h.prepareBatch("INSERT INTO inventory_item (uid, name, food_id, quantity, unit, location, added_on, expires_on, opened, note) "
                + "VALUES (:uid, :name, :foodId, :quantity, :unit, :location, :addedOn, :expiresOn, :opened, :note)");
        int deleted = 0;
        int updated = 0;
        int inserted = 0;
        for (String uid : uids) {
            StockItem item = merged.get(uid);
            Long id = local.get(uid);
            BigDecimal quantity = item == null ? BigDecimal.ZERO : item.quantity().setScale(3, RoundingMode.HALF_UP);
            if (item == null || quantity.signum() <= 0) {
                if (id != null) {
                    deletes.bind("id", id).add();
                    deleted++;
                }
                continue;
            }
            var batch = id != null ? updates : inserts;
            batch.bind("id", id == null ? 0L : id)
                    .bind("uid", uid)
                    .bind("name", clip(item.name(), 200))
                    .bind("foodId", item.foodId() != null && item.foodId().length() <= 5 ? item.foodId() : null)
                    .bind("quantity", quantity)
                    .bind("unit", clip(item.unit(), 60))
                    .bind("location", location(item.location()).name())
                    .bind("addedOn", item.addedOn())
                    .bind("expiresOn", item.expiresOn())
                    .bind("opened", item.opened())
                    .bind("note", clip(item.note(), 1000))
                    .add();
            if (id != null) updated++;
            else inserted++;
        }
        if (deleted > 0) deletes.execute();
        if (updated > 0) updates.execute();
        if (inserted > 0) inserts.execute();
    }

    /** The local ids of the items among {@code uids} that are in stock here, 500 looked up at a time. */
    private static java.util.Map<String, Long> localIds(Handle h, java.util.Collection<String> uids) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        SyncStore.selectIn(h, "SELECT uid, id FROM inventory_item WHERE uid IN (%s)", uids, q -> q,
                (rs, ctx) -> java.util.Map.entry(rs.getString("uid"), rs.getLong("id"))).forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    private static Location location(String wire) {
        try {
            return Location.parse(wire);
        } catch (UserException e) {
            return Location.FRIDGE;
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
