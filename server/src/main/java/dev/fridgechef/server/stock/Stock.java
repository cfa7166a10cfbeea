package dev.fridgechef.server.stock;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.ItemUse;
import dev.fridgechef.inventory.ItemValidator;
import dev.fridgechef.inventory.Location;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.inventory.UseResult;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.Replies;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A household's stock in PostgreSQL, checked by core's {@link ItemValidator} and {@link ItemUse}.
 * Every item is read through the caller's membership in the same statement (another household's id
 * finds nothing: 404). A change reads its row FOR UPDATE, so two members changing one item at once
 * are serialized and neither change is lost; If-Match is checked against the locked row.
 */
public final class Stock {
    public static final int MAX_ITEMS = 2000;
    private static final String COLUMNS = "s.id, s.name, s.food_id, s.quantity, s.unit, s.location, s.added_on, s.expires_on, s.opened, s.note, s.version";
    private static final String SCOPED = " FROM stock_items s JOIN household_members m ON m.household_id = s.household_id"
            + " WHERE s.id = :id AND m.user_id = :user";
    private static final RowMapper<StockItem> ROW = (rs, ctx) -> {
        java.sql.Date expires = rs.getDate("expires_on");
        return new StockItem(rs.getObject("id", UUID.class), new InventoryItem(0, rs.getString("name"), rs.getString("food_id"),
                rs.getBigDecimal("quantity").doubleValue(), rs.getString("unit"), Location.valueOf(rs.getString("location")),
                rs.getDate("added_on").toLocalDate(), expires == null ? null : expires.toLocalDate(), rs.getBoolean("opened"),
                rs.getString("note")), rs.getLong("version"));
    };

    private final Jdbi jdbi;
    private final FoodDatabase foods;
    private final ItemValidator validator;
    private final Function<UUID, LocalDate> today;

    /** {@code today}: a user's date where they are (relative expiry such as "+3d" counts from it). */
    public Stock(Jdbi jdbi, FoodDatabase foods, Function<UUID, LocalDate> today) {
        this.jdbi = jdbi;
        this.foods = foods;
        this.validator = new ItemValidator(foods);
        this.today = today;
    }

    public FoodDatabase foods() {
        return foods;
    }

    /** The caller's household stock, the item expiring first first (no expiry last). */
    public List<StockItem> list(UUID userId) {
        return jdbi.withHandle(h -> all(h, Membership.household(h, userId)));
    }

    /** The stock of the caller's household as core sees it (what the chat's model is told about); empty when they are in none. */
    public Optional<List<StockEntry>> entries(UUID userId) {
        return jdbi.withHandle(h -> Membership.find(h, userId).map(household -> entries(h, household)));
    }

    /** The stock of a household as core sees it (food, grams, nutrients): what plans are made from. */
    public List<StockEntry> entries(Handle h, UUID householdId) {
        return all(h, householdId).stream().map(i -> StockEntry.of(i.item(), foods)).toList();
    }

    public Optional<StockItem> find(UUID userId, UUID id) {
        return jdbi.withHandle(h -> {
            Membership.household(h, userId);
            return h.createQuery("SELECT " + COLUMNS + SCOPED).bind("id", id).bind("user", userId).map(ROW).findOne();
        });
    }

    /** Adds an item to the caller's household; with {@code force} an implausible amount or expiry is kept. */
    public StockItem add(UUID userId, ItemDraft draft, boolean force) {
        InventoryItem item = validated(() -> validator.validate(draft, today.apply(userId), force));
        return jdbi.inTransaction(h -> {
            UUID household = Membership.household(h, userId);
            // the household row lock makes count-then-insert safe against a concurrent add
            h.createQuery("SELECT id FROM households WHERE id = :h FOR UPDATE").bind("h", household).mapTo(UUID.class).one();
            int count = h.createQuery("SELECT count(*) FROM stock_items WHERE household_id = :h").bind("h", household).mapTo(Integer.class).one();
            if (count >= MAX_ITEMS) {
                throw new ApiException(422, "stock_full", "The household already keeps " + MAX_ITEMS + " items, the most it may; remove some first");
            }
            UUID id = UUID.randomUUID();
            bind(h.createUpdate("INSERT INTO stock_items (id, household_id, name, food_id, quantity, unit, location, added_on, expires_on, "
                            + "opened, note, created_by) VALUES (:id, :household, :name, :foodId, :quantity, :unit, :location, :addedOn, "
                            + ":expiresOn, :opened, :note, :user)"), item)
                    .bind("id", id).bind("household", household).bind("user", userId).execute();
            return new StockItem(id, item, 1);
        });
    }

    /** Applies the changes given (null fields stay) and checks the item as a whole, as core's edit does. */
    public StockItem edit(UUID userId, UUID id, ItemDraft changes, boolean clearExpiry, boolean force, String ifMatch) {
        return jdbi.inTransaction(h -> {
            StockItem old = locked(h, userId, id, ifMatch);
            InventoryItem updated = validated(() -> validator.edit(old.item(), changes, clearExpiry, force, today.apply(userId)));
            if (updated.equals(old.item())) return old; // nothing changed: same version, same ETag
            bind(h.createUpdate("UPDATE stock_items SET name = :name, food_id = :foodId, quantity = :quantity, unit = :unit, "
                    + "location = :location, added_on = :addedOn, expires_on = :expiresOn, opened = :opened, note = :note, "
                    + "version = version + 1 WHERE id = :id"), updated).bind("id", id).execute();
            return new StockItem(id, updated, old.version() + 1);
        });
    }

    public void delete(UUID userId, UUID id, String ifMatch) {
        jdbi.useTransaction(h -> {
            locked(h, userId, id, ifMatch);
            h.createUpdate("DELETE FROM stock_items WHERE id = :id").bind("id", id).execute();
        });
    }

    /** What a use took: the amount in the unit asked, what is left in the item's unit, and the item (empty once used up and removed). */
    public record Used(double taken, String unit, double left, Optional<StockItem> item) {
    }

    /** Takes {@code quantity} {@code unit} (null: the item's own unit) out of the item; refuses when it holds less. */
    public Used use(UUID userId, UUID id, double quantity, String unitText, String ifMatch) {
        return jdbi.inTransaction(h -> {
            StockItem old = locked(h, userId, id, ifMatch);
            InventoryItem item = old.item();
            Food food = item.foodId() == null ? null : foods.byId(item.foodId()).orElse(null);
            String unit = validated(() -> unitText == null ? item.unit() : ItemValidator.canonicalUnit(unitText, food));
            UseResult.Change change = validated(() -> ItemUse.take(item, food, quantity, unit));
            if (change.left() == 0) {
                h.createUpdate("DELETE FROM stock_items WHERE id = :id").bind("id", id).execute();
                return new Used(quantity, unit, 0, Optional.empty());
            }
            h.createUpdate("UPDATE stock_items SET quantity = :q, version = version + 1 WHERE id = :id")
                    .bind("q", BigDecimal.valueOf(change.left())).bind("id", id).execute();
            return new Used(quantity, unit, change.left(), Optional.of(new StockItem(id, item.withQuantity(change.left()), old.version() + 1)));
        });
    }

    private StockItem locked(Handle h, UUID userId, UUID id, String ifMatch) {
        Membership.household(h, userId);
        StockItem old = h.createQuery("SELECT " + COLUMNS + SCOPED + " FOR UPDATE OF s").bind("id", id).bind("user", userId)
                .map(ROW).findOne().orElseThrow(() -> ApiException.notFound("Stock item"));
        Replies.checkIfMatch(ifMatch, Replies.etag(StockItemView.of(old, foods)));
        return old;
    }

    private static List<StockItem> all(Handle h, UUID householdId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM stock_items s WHERE s.household_id = :h "
                        + "ORDER BY s.expires_on NULLS LAST, s.added_on, s.created_at, s.id")
                .bind("h", householdId).map(ROW).list();
    }

    private static <T> T validated(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (UserException e) {
            throw StockErrors.of(e);
        }
    }

    private static <S extends SqlStatement<S>> S bind(S statement, InventoryItem item) {
        return statement.bind("name", item.name()).bind("foodId", item.foodId()).bind("quantity", BigDecimal.valueOf(item.quantity()))
                .bind("unit", item.unit()).bind("location", item.location().name()).bind("addedOn", item.addedOn())
                .bind("expiresOn", item.expiresOn()).bind("opened", item.opened()).bind("note", item.note());
    }
}
