package dev.fridgechef.sync.store;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.sync.Entity;
import dev.fridgechef.sync.Hlc;
import dev.fridgechef.sync.HlcClock;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.Reason;
import dev.fridgechef.sync.Stamp;
import dev.fridgechef.sync.Uuid7;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The sync tables of the H2 store (migration V20): the link to a server ({@code sync_state}), the
 * outbox and the log of every known operation. Every method that takes a {@link Handle} works in the
 * caller's transaction; nothing is written while the store is not linked.
 */
public final class SyncStore {
    private final Jdbi jdbi;
    private final Clock wall;
    private final Uuid7 ids;

    public SyncStore(Jdbi jdbi, Clock wall) {
        this.jdbi = jdbi;
        this.wall = wall;
        this.ids = new Uuid7(wall);
    }

    /** What this store knows of its server: no secret is kept here. */
    public record Link(UUID deviceId, String serverUrl, String account, long cursor, Hlc clock, Instant linkedAt,
                       Instant lastSyncAt, String lastResult) {
        /** The account as operations name their member (diary entries, profiles, plan slots): {@link #member(String)}. */
        public String member() {
            return SyncStore.member(account);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Uuid7 ids() {
        return ids;
    }

    Clock wall() {
        return wall;
    }

    private volatile PlanOps plans;

    /** Where pulled plan operations are projected; without it (a store opened without the plan services) they stay in the log. */
    public SyncStore projectPlansWith(PlanOps ops) {
        this.plans = ops;
        return this;
    }

    Optional<PlanOps> plans() {
        return Optional.ofNullable(plans);
    }

    public Optional<Link> link() {
        return jdbi.withHandle(SyncStore::link);
    }

    public static Optional<Link> link(Handle h) {
        return h.createQuery("SELECT * FROM sync_state WHERE id = 1").map((rs, ctx) -> {
            String clock = rs.getString("clock");
            Timestamp last = rs.getTimestamp("last_sync_at");
            return new Link(UUID.fromString(rs.getString("device_id")), rs.getString("server_url"), rs.getString("account"),
                    rs.getLong("pull_cursor"), clock == null ? null : Hlc.parse(clock), rs.getTimestamp("linked_at").toInstant(),
                    last == null ? null : last.toInstant(), rs.getString("last_result"));
        }).findOne();
    }

    /** The link, locked until the transaction ends: one writer of the clock and outbox at a time. */
    static Optional<Link> linkForUpdate(Handle h) {
        boolean present = h.createQuery("SELECT id FROM sync_state WHERE id = 1 FOR UPDATE").mapTo(Integer.class).findOne().isPresent();
        return present ? link(h) : Optional.empty();
    }

    /**
     * Links the store to a server, or confirms the link (a login again as the same account; another account is refused). On the first link, every
     * stock item gets its UUID and today's stock becomes this device's first operations, in the same
     * transaction. Returns the link and how many operations that made.
     */
    public record Linked(Link link, int initialOps, boolean first) {
    }

    public Linked linkTo(String serverUrl, String account) {
        return linkTo(serverUrl, account, null);
    }

    /**
     * As {@link #linkTo(String, String)}; with {@code setAside}, a first link hands today's stock to it
     * (it writes the items somewhere the person can import them from) and starts with none, taking the
     * household's instead: all in the link's transaction, so a failed write links nothing and keeps the stock.
     */
    public Linked linkTo(String serverUrl, String account, java.util.function.Consumer<List<dev.fridgechef.inventory.InventoryItem>> setAside) {
        return jdbi.inTransaction(h -> {
            Optional<Link> existing = linkForUpdate(h);
            if (existing.isPresent()) {
                Link l = existing.get();
                if (!sameServer(l.serverUrl(), serverUrl)) {
                    throw new UserException("error.sync.other.server", l.serverUrl(), serverUrl);
                }
                // another account's household would receive this one's stock
                if (!sameAccount(l.account(), account)) {
                    throw new UserException("error.sync.other.account", l.serverUrl(), l.account(), account);
                }
                h.createUpdate("UPDATE sync_state SET account = :account, server_url = :url WHERE id = 1")
                        .bind("account", account).bind("url", serverUrl).execute();
                return new Linked(link(h).orElseThrow(), 0, false);
            }
            UUID device = ids.next();
            h.createUpdate("INSERT INTO sync_state (id, device_id, server_url, account, pull_cursor, linked_at) "
                            + "VALUES (1, :device, :url, :account, 0, :now)")
                    .bind("device", device.toString()).bind("url", serverUrl).bind("account", account)
                    .bind("now", Timestamp.from(wall.instant())).execute();
            Link link = link(h).orElseThrow();
            if (setAside != null) {
                setAside.accept(StockOps.all(h));
                h.createUpdate("DELETE FROM inventory_item").execute();
            }
            int ops = StockOps.initial(this, h, link) + DiaryOps.initial(this, h, link) + ProfileOps.initial(this, h, link);
            return new Linked(link(h).orElseThrow(), ops, true);
        });
    }

    /**
     * Records what a store linked before the diary and profile synced has not recorded yet (its diary
     * entries without a UUID, its profile if this device never wrote it); nothing for a store linked
     * since, nor when not linked. Returns how many operations that made.
     */
    public int recordUnsynced() {
        return jdbi.inTransaction(h -> {
            Optional<Link> link = linkForUpdate(h);
            return link.isEmpty() ? 0 : DiaryOps.initial(this, h, link.get()) + ProfileOps.initial(this, h, link.get());
        });
    }

    public static boolean sameServer(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    /** Account names as the server takes them at login: letter case aside. */
    public static boolean sameAccount(String a, String b) {
        return member(a).equals(member(b));
    }

    /** An account as operations name their member: as the server takes it, letter case aside, so "Anna" and "anna" are one member. */
    public static String member(String account) {
        return account.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * This device's clock as it must start: the later of the saved state and the latest stamp of its own
     * operations (a wall clock set back across a restart never stamps a new edit before an old one).
     */
    HlcClock clock(Handle h, Link link) {
        String device = link.deviceId().toString();
        Optional<String> ownLatest = h.createQuery("SELECT MAX(hlc) FROM sync_log WHERE device_id = :d")
                .bind("d", device).mapTo(String.class).findOne();
        Hlc start = link.clock();
        if (ownLatest.isPresent() && ownLatest.get() != null) start = Hlc.max(start, Hlc.parse(ownLatest.get()));
        return new HlcClock(wall, link.deviceId(), start);
    }

    /**
     * Makes local operations (each from a fresh stamp) and stores them in the outbox and the log, in
     * the caller's transaction, and saves the clock with them. Nothing when the store is not linked.
     */
    public List<Op> record(Handle h, List<Function<Stamp, Op>> changes) {
        Optional<Link> link = linkForUpdate(h);
        if (link.isEmpty() || changes.isEmpty()) return List.of();
        return record(h, link.get(), changes);
    }

    List<Op> record(Handle h, Link link, List<Function<Stamp, Op>> changes) {
        HlcClock clock = clock(h, link);
        List<Op> ops = new ArrayList<>(changes.size());
        for (Function<Stamp, Op> change : changes) {
            Op op = change.apply(Stamp.next(ids, clock));
            H2Outbox.add(h, op);
            ops.add(op);
        }
        addToLog(h, ops);
        h.createUpdate("UPDATE sync_state SET clock = :clock WHERE id = 1").bind("clock", clock.state().toString()).execute();
        return ops;
    }

    /** Adds operations to the log; returns those it did not hold yet (a repeat within {@code ops} counts once). */
    static List<Op> addToLog(Handle h, Collection<Op> ops) {
        java.util.Map<UUID, Op> distinct = new java.util.LinkedHashMap<>();
        for (Op op : ops) distinct.putIfAbsent(op.opId(), op);
        List<String> ids = distinct.keySet().stream().map(UUID::toString).toList();
        selectIn(h, "SELECT op_id FROM sync_log WHERE op_id IN (%s)", ids, q -> q, (rs, ctx) -> rs.getString(1))
                .forEach(known -> distinct.remove(UUID.fromString(known)));
        List<Op> fresh = new ArrayList<>(distinct.values());
        if (fresh.isEmpty()) return fresh;
        var batch = h.prepareBatch("INSERT INTO sync_log (op_id, entity, entity_id, hlc, device_id, op) VALUES (:id, :entity, :entityId, :hlc, :device, :op)");
        for (Op op : fresh) {
            batch.bind("id", op.opId().toString()).bind("entity", op.entity().wire()).bind("entityId", op.entityId())
                    .bind("hlc", op.hlc().toString()).bind("device", op.deviceId().toString()).bind("op", op.toJson()).add();
        }
        batch.execute();
        return fresh;
    }

    /**
     * The operations the log holds about each of {@code ids} (one query per 500 of them), except those in
     * {@code skip}, which are not even parsed: what a device knew of the entities a page touches, without
     * the page's own operations.
     */
    static List<Op> logOfAll(Handle h, Entity entity, Collection<String> ids, java.util.Set<UUID> skip) {
        List<Op> out = new ArrayList<>();
        selectIn(h, "SELECT op_id, op FROM sync_log WHERE entity = :e AND entity_id IN (%s)", ids, q -> q.bind("e", entity.wire()),
                (rs, ctx) -> skip.contains(UUID.fromString(rs.getString("op_id"))) ? "" : rs.getString("op"))
                .forEach(json -> {
                    if (!json.isEmpty()) out.add(Op.fromJson(json));
                });
        return out;
    }

    /**
     * The rows of {@code sql}, whose "IN (%s)" takes {@code values}, run once per 500 of them with each value
     * bound as :p0, :p1, … (one index lookup each, where an array comparison scans the table);
     * {@code bind} binds the query's other parameters.
     */
    static <T> List<T> selectIn(Handle h, String sql, Collection<String> values, java.util.function.UnaryOperator<org.jdbi.v3.core.statement.Query> bind,
                                org.jdbi.v3.core.mapper.RowMapper<T> rows) {
        List<T> out = new ArrayList<>();
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            StringBuilder placeholders = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) placeholders.append(i == 0 ? ":p" : ", :p").append(i);
            var query = bind.apply(h.createQuery(sql.formatted(placeholders)));
            for (int i = 0; i < chunk.size(); i++) query.bind("p" + i, chunk.get(i));
            query.map(rows).forEach(out::add);
        }
        return out;
    }

    /** Every operation the log holds about one entity. */
    static List<Op> logOf(Handle h, Entity entity, String entityId) {
        return h.createQuery("SELECT op FROM sync_log WHERE entity = :e AND entity_id = :id ORDER BY hlc")
                .bind("e", entity.wire()).bind("id", entityId).mapTo(String.class).map(Op::fromJson).list();
    }

    /** How many stock items this store holds. */
    public int stockItems() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM inventory_item").mapTo(Integer.class).one());
    }

    /** How many operations wait in the outbox. */
    public int pending() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sync_outbox").mapTo(Integer.class).one());
    }

    /** Remembers how the last sync ended, for {@code fridge sync status}. */
    public void noteSync(String result) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE sync_state SET last_sync_at = :now, last_result = :result WHERE id = 1")
                .bind("now", Timestamp.from(wall.instant()))
                .bind("result", result.length() > 2000 ? result.substring(0, 2000) : result).execute());
    }

    /** The values that lost on one stock item (by its local id or name), oldest first: {@code fridge history ITEM}. */
    public record ItemHistory(long localId, String uid, String name, List<dev.fridgechef.sync.LostValue> lost) {
    }

    public ItemHistory history(String idOrName) {
        return jdbi.withHandle(h -> {
            if (link(h).isEmpty()) throw new UserException("error.sync.not.linked");
            String text = idOrName.strip();
            var query = text.matches("\\d+")
                    ? h.createQuery("SELECT id, uid, name FROM inventory_item WHERE id = :id").bind("id", Long.parseLong(text))
                    : h.createQuery("SELECT id, uid, name FROM inventory_item WHERE LOWER(name) = LOWER(:name) ORDER BY id").bind("name", text);
            var row = query.map((rs, ctx) -> new Object[] {rs.getLong("id"), rs.getString("uid"), rs.getString("name")}).findFirst()
                    .orElseThrow(() -> new UserException("error.sync.item", idOrName));
            String uid = (String) row[1];
            if (uid == null) throw new UserException("error.sync.item", idOrName);
            dev.fridgechef.sync.Replica replica = dev.fridgechef.sync.Replica.of(logOf(h, Entity.STOCK, uid));
            return new ItemHistory((Long) row[0], uid, (String) row[2], replica.history(Entity.STOCK, uid));
        });
    }

    static BigDecimal exact(double quantity) {
        BigDecimal b = BigDecimal.valueOf(quantity).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    static Reason reason(dev.fridgechef.inventory.StockJournal.Why why) {
        return Reason.valueOf(why.name());
    }
}
