package dev.fridgechef.inventory;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for {@code inventory_item}. Every method works inside the caller's handle (and so its transaction). */
final class InventoryRepository {
    private static final String COLUMNS = "id, name, food_id, quantity, unit, location, added_on, expires_on, opened, note";
    private static final String ORDER = " ORDER BY expires_on IS NULL, expires_on, added_on, id";

    private static final RowMapper<InventoryItem> MAPPER = (rs, ctx) -> {
        Date expires = rs.getDate("expires_on");
        return new InventoryItem(rs.getLong("id"), rs.getString("name"), rs.getString("food_id"),
                rs.getBigDecimal("quantity").doubleValue(), rs.getString("unit"), Location.valueOf(rs.getString("location")),
                rs.getDate("added_on").toLocalDate(), expires == null ? null : expires.toLocalDate(),
                rs.getBoolean("opened"), rs.getString("note"));
    };

    private InventoryRepository() {
    }

    static List<InventoryItem> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM inventory_item" + ORDER).map(MAPPER).list();
    }

    /**
     * Every item, locked until the caller's transaction ends: a change computed from what was read
     * (use, cook, edit, remove) cannot overwrite another thread's change made in between.
     */
    static List<InventoryItem> allForUpdate(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM inventory_item" + ORDER + " FOR UPDATE").map(MAPPER).list();
    }

    static Optional<InventoryItem> byIdForUpdate(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM inventory_item WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER).findOne();
    }

    static Optional<InventoryItem> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM inventory_item WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    private static final String INSERT = "INSERT INTO inventory_item (name, food_id, quantity, unit, location, added_on, expires_on, opened, note) "
            + "VALUES (:name, :foodId, :quantity, :unit, :location, :addedOn, :expiresOn, :opened, :note)";
    /** Rows sent to the database per JDBC batch on import. */
    private static final int BATCH = 1000;

    static InventoryItem insert(Handle h, InventoryItem item) {
        long id = bindFields(h.createUpdate(INSERT), item).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return item.withId(id);
    }

    /** Inserts many items with batched statements (in the caller's transaction); returns them with their ids. */
    static List<InventoryItem> insertAll(Handle h, List<InventoryItem> items) {
        List<InventoryItem> stored = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += BATCH) {
            List<InventoryItem> chunk = items.subList(from, Math.min(items.size(), from + BATCH));
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (InventoryItem item : chunk) bindFields(batch, item).add();
            List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
            if (ids.size() != chunk.size()) throw new IllegalStateException("expected " + chunk.size() + " ids, got " + ids.size());
            for (int i = 0; i < chunk.size(); i++) stored.add(chunk.get(i).withId(ids.get(i)));
        }
        return stored;
    }

    static void update(Handle h, InventoryItem item) {
        Update update = h.createUpdate("UPDATE inventory_item SET name = :name, food_id = :foodId, quantity = :quantity, unit = :unit, "
                + "location = :location, added_on = :addedOn, expires_on = :expiresOn, opened = :opened, note = :note WHERE id = :id");
        int rows = bindFields(update, item).bind("id", item.id()).execute();
        if (rows != 1) throw new IllegalStateException("inventory item " + item.id() + " vanished during update");
    }

    static boolean delete(Handle h, long id) {
        return h.createUpdate("DELETE FROM inventory_item WHERE id = :id").bind("id", id).execute() == 1;
    }

    private static <S extends SqlStatement<S>> S bindFields(S u, InventoryItem item) {
        return u.bind("name", item.name())
                .bind("foodId", item.foodId())
                .bind("quantity", BigDecimal.valueOf(item.quantity()))
                .bind("unit", item.unit())
                .bind("location", item.location().name())
                .bind("addedOn", item.addedOn())
                .bind("expiresOn", item.expiresOn())
                .bind("opened", item.opened())
                .bind("note", item.note());
    }
}
