package dev.fridgechef.server.sync;

import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.stock.Membership;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The households' operation logs in PostgreSQL. Every read and write goes through the caller's
 * membership, so another household's operations are never reached, whatever sequence numbers are asked for.
 *
 * <p>Ordering: a push locks its household's counter row ({@code sync_household_seq ... FOR UPDATE}),
 * numbers the operations it really inserts from {@code last_seq + 1}, writes the new {@code last_seq}
 * and commits, all in one transaction. The next push of that household waits for the lock, so the
 * numbers of a household are committed in the order they are given. A pull of {@code server_seq > cursor}
 * that sees number n therefore also sees every number below n, and a number it does not see yet is
 * above everything it saw: it cannot skip a row that commits later. (A plain sequence would not do:
 * its numbers are taken at insert time but committed in any order, so a pull could see 11 while 10 is
 * still uncommitted, move its cursor past 10 and never pull it.)
 */
public final class SyncLog {
    public static final int MAX_DEVICE_NAME = 100;

    /** What the metrics are told: operations stored, pushed again (duplicates), and sent to pulling devices. */
    public interface Counters {
        void pushed(int stored, int duplicates);

        void pulled(int ops);

        Counters NONE = new Counters() {
            @Override
            public void pushed(int stored, int duplicates) {
            }

            @Override
            public void pulled(int ops) {
            }
        };
    }

    public record Pushed(List<UUID> acknowledged, int stored, int duplicates, long lastSeq) {
    }

    public record StoredOp(long serverSeq, SyncOp op) {
    }

    private static final String STORED_OP_COLUMNS = "server_seq, op_id, hlc, device_id, entity, entity_id, kind, payload::text AS payload";
    private static final org.jdbi.v3.core.mapper.RowMapper<StoredOp> STORED_OP = (rs, ctx) -> new StoredOp(rs.getLong("server_seq"),
            new SyncOp(rs.getObject("op_id", UUID.class), rs.getString("hlc"), rs.getObject("device_id", UUID.class), rs.getString("entity"),
                    rs.getString("entity_id"), rs.getString("kind"), rs.getString("payload")));

    public record Pulled(List<StoredOp> ops, long next, boolean more) {
    }

    public record Device(UUID deviceId, UUID userId, String username, String name, Instant lastPushAt, Instant lastPullAt, long cursor) {
    }

    public record Status(long lastSeq, Optional<Device> device, List<Device> devices) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Counters counters;

    public SyncLog(Jdbi jdbi, Clock clock, Counters counters) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.counters = counters;
    }

    /**
     * Stores the operations the household does not have yet, numbered in order; the ones it has
     * (pushed before, or twice in this batch) are acknowledged again and change nothing.
     */
    public Pushed push(UUID userId, UUID deviceId, Optional<String> deviceName, List<SyncOp> ops) {
        Pushed pushed = jdbi.inTransaction(h -> {
            UUID household = Membership.household(h, userId);
            claimDevice(h, household, userId, deviceId, deviceName, "last_push_at");
            h.createUpdate("INSERT INTO sync_household_seq (household_id, last_seq) VALUES (:h, 0) ON CONFLICT DO NOTHING")
                    .bind("h", household).execute();
            // the lock that orders this household's pushes (see the class comment)
            long lastSeq = h.createQuery("SELECT last_seq FROM sync_household_seq WHERE household_id = :h FOR UPDATE")
                    .bind("h", household).mapTo(Long.class).one();
            List<UUID> acknowledged = new ArrayList<>(new LinkedHashSet<>(ops.stream().map(SyncOp::opId).toList()));
            Set<UUID> known = known(h, household, ops, acknowledged);
            List<SyncOp> fresh = new ArrayList<>();
            Set<UUID> taken = new HashSet<>(known);
            for (SyncOp op : ops) {
                if (taken.add(op.opId())) fresh.add(op);
            }
            long seq = lastSeq;
            if (!fresh.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("INSERT INTO sync_op_log (household_id, server_seq, op_id, device_id, user_id, hlc, "
                        + "entity, entity_id, kind, payload, received_at) VALUES (:h, :seq, :opId, :deviceId, :user, :hlc, :entity, "
                        + ":entityId, :kind, CAST(:payload AS jsonb), :at) ON CONFLICT (op_id) DO NOTHING");
                OffsetDateTime now = OffsetDateTime.now(clock);
                for (SyncOp op : fresh) {
                    batch.bind("h", household).bind("seq", ++seq).bind("opId", op.opId()).bind("deviceId", op.deviceId())
                            .bind("user", userId).bind("hlc", op.hlc()).bind("entity", op.entity()).bind("entityId", op.entityId())
                            .bind("kind", op.kind()).bind("payload", op.payload()).bind("at", now).add();
                }
                batch.execute();
                // counted in the table, not from the batch's update counts (a driver rewriting batches reports none)
                long inserted = h.createQuery("SELECT count(*) FROM sync_op_log WHERE household_id = :h AND server_seq > :last")
                        .bind("h", household).bind("last", lastSeq).mapTo(Long.class).one();
                if (inserted != fresh.size()) {
                    // another household inserted one of these op ids after we looked (not under our lock):
                    // roll back rather than leave a gap in the numbers
                    throw ApiException.conflict("op_id_taken", "An operation id of this push is used by another household; "
                            + "give those operations new ids");
                }
                h.createUpdate("UPDATE sync_household_seq SET last_seq = :seq WHERE household_id = :h")
                        .bind("seq", seq).bind("h", household).execute();
            }
            return new Pushed(acknowledged, fresh.size(), ops.size() - fresh.size(), seq);
        });
        counters.pushed(pushed.stored(), pushed.duplicates());
        return pushed;
    }

    /** The op ids of the batch already in the log: the household's own, or a 409 naming one held by another household. */
    private static Set<UUID> known(Handle h, UUID household, List<SyncOp> ops, List<UUID> distinct) {
        Set<UUID> known = new HashSet<>();
        if (distinct.isEmpty()) return known;
        Map<UUID, UUID> owners = new HashMap<>();
        h.createQuery("SELECT op_id, household_id FROM sync_op_log WHERE op_id IN (<ids>)").bindList("ids", distinct)
                .map((rs, ctx) -> Map.entry(rs.getObject("op_id", UUID.class), rs.getObject("household_id", UUID.class)))
                .forEach(e -> owners.put(e.getKey(), e.getValue()));
        for (int i = 0; i < ops.size(); i++) {
            UUID owner = owners.get(ops.get(i).opId());
            if (owner == null) continue;
            if (!owner.equals(household)) {
                throw ApiException.conflict("op_id_taken", "ops[" + i + "].opId: this operation id is already used; give the operation a new id");
            }
            known.add(ops.get(i).opId());
        }
        return known;
    }

    /** The household's operations after {@code after}, at most {@code limit}, in server order; records the device's cursor. */
    public Pulled pull(UUID userId, UUID deviceId, long after, int limit) {
        Pulled pulled = jdbi.inTransaction(h -> {
            // a pull only writes the device's cursor and pull time, which are advisory: its commit need not
            // wait for the WAL flush (a crash may lose the last cursor, never an operation)
            h.execute("SET LOCAL synchronous_commit TO off");
            UUID household = Membership.household(h, userId);
            claimDevice(h, household, userId, deviceId, Optional.empty(), "last_pull_at");
            List<StoredOp> rows = h.createQuery("SELECT " + STORED_OP_COLUMNS
                            + " FROM sync_op_log WHERE household_id = :h AND server_seq > :after ORDER BY server_seq LIMIT :limit")
                    .bind("h", household).bind("after", after).bind("limit", limit + 1)
                    .map(STORED_OP).list();
            boolean more = rows.size() > limit;
            List<StoredOp> page = more ? rows.subList(0, limit) : rows;
            long next = page.isEmpty() ? after : page.getLast().serverSeq();
            h.createUpdate("UPDATE sync_device SET last_cursor = :next WHERE device_id = :d").bind("next", next).bind("d", deviceId).execute();
            return new Pulled(List.copyOf(page), next, more);
        });
        counters.pulled(pulled.ops().size());
        return pulled;
    }

    /** A compacted log for a device that has pulled nothing: the operations, the sequence they cover and how many the log held. */
    public record Snapshot(List<dev.fridgechef.sync.Op> ops, long cursor, long logOps) {
    }

    /**
     * The household's log up to its last number, compacted ({@link dev.fridgechef.sync.Compaction#compact(List)}:
     * repeats and what removals cancelled left out, op ids kept, so it is safe for any device), and records
     * the device's cursor there. Empty when the log holds more than {@code maxLog} operations or one this
     * version cannot read: the device pulls the log page by page instead.
     */
    public Optional<Snapshot> snapshot(UUID userId, UUID deviceId, int maxLog) {
        Optional<Snapshot> snapshot = jdbi.inTransaction(h -> {
            h.execute("SET LOCAL synchronous_commit TO off");
            UUID household = Membership.household(h, userId);
            claimDevice(h, household, userId, deviceId, Optional.empty(), "last_pull_at");
            // every row up to the committed last_seq is committed: pushes number and commit under the household's lock
            long lastSeq = h.createQuery("SELECT last_seq FROM sync_household_seq WHERE household_id = :h").bind("h", household)
                    .mapTo(Long.class).findOne().orElse(0L);
            if (lastSeq > maxLog) return Optional.<Snapshot>empty();
            List<dev.fridgechef.sync.Op> log = new ArrayList<>((int) lastSeq);
            try (var rows = h.createQuery("SELECT " + STORED_OP_COLUMNS
                            + " FROM sync_op_log WHERE household_id = :h AND server_seq <= :last ORDER BY server_seq")
                    .bind("h", household).bind("last", lastSeq).setFetchSize(1000)
                    .map(STORED_OP).stream()) {
                for (var it = rows.iterator(); it.hasNext(); ) log.add(dev.fridgechef.sync.Op.fromJson(it.next().op().wire().toString()));
            } catch (dev.fridgechef.sync.InvalidOpException unreadable) {
                return Optional.<Snapshot>empty();
            }
            h.createUpdate("UPDATE sync_device SET last_cursor = :next WHERE device_id = :d").bind("next", lastSeq).bind("d", deviceId).execute();
            return Optional.of(new Snapshot(dev.fridgechef.sync.Compaction.compact(log), lastSeq, log.size()));
        });
        snapshot.ifPresent(s -> counters.pulled(s.ops().size()));
        return snapshot;
    }


    /** The household's last number, this device (when it synced before) and every device of the household. */
    public Status status(UUID userId, UUID deviceId) {
        return jdbi.withHandle(h -> {
            UUID household = Membership.household(h, userId);
            long lastSeq = h.createQuery("SELECT last_seq FROM sync_household_seq WHERE household_id = :h").bind("h", household)
                    .mapTo(Long.class).findOne().orElse(0L);
            List<Device> devices = h.createQuery("SELECT d.device_id, d.user_id, u.username, d.name, d.last_push_at, d.last_pull_at, "
                            + "d.last_cursor FROM sync_device d JOIN users u ON u.id = d.user_id WHERE d.household_id = :h "
                            + "ORDER BY d.created_at, d.device_id")
                    .bind("h", household)
                    .map((rs, ctx) -> new Device(rs.getObject("device_id", UUID.class), rs.getObject("user_id", UUID.class),
                            rs.getString("username"), rs.getString("name"), instant(rs.getObject("last_push_at", OffsetDateTime.class)),
                            instant(rs.getObject("last_pull_at", OffsetDateTime.class)), rs.getLong("last_cursor")))
                    .list();
            Optional<Device> mine = devices.stream().filter(d -> d.deviceId().equals(deviceId)).findFirst();
            if (mine.isEmpty() && owned(h, deviceId)) {
                throw new ApiException(403, "device_elsewhere", "This device id belongs to another household or user; use a new device id");
            }
            mine.filter(d -> !d.userId().equals(userId)).ifPresent(d -> {
                throw new ApiException(403, "device_elsewhere", "This device id belongs to another user; use a new device id");
            });
            return new Status(lastSeq, mine, devices);
        });
    }

    /**
     * Registers the device to this household and user on its first sync and stamps {@code column} with
     * the time; a device id already registered to another household or user is refused (403).
     */
    private void claimDevice(Handle h, UUID household, UUID userId, UUID deviceId, Optional<String> name, String column) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int claimed = h.createUpdate("INSERT INTO sync_device (device_id, household_id, user_id, name, " + column + ") "
                        + "VALUES (:d, :h, :u, :name, :now) ON CONFLICT (device_id) DO UPDATE SET " + column + " = :now, "
                        + "name = COALESCE(:name, sync_device.name) "
                        + "WHERE sync_device.household_id = :h AND sync_device.user_id = :u")
                .bind("d", deviceId).bind("h", household).bind("u", userId).bind("name", name.orElse(null)).bind("now", now).execute();
        if (claimed == 0) {
            throw new ApiException(403, "device_elsewhere", "This device id belongs to another household or user; use a new device id");
        }
    }

    private static boolean owned(Handle h, UUID deviceId) {
        return h.createQuery("SELECT count(*) FROM sync_device WHERE device_id = :d").bind("d", deviceId).mapTo(Long.class).one() > 0;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
