package dev.fridgechef.sync.store;

import dev.fridgechef.sync.DriftWarning;
import dev.fridgechef.sync.Entity;
import dev.fridgechef.sync.Hlc;
import dev.fridgechef.sync.HlcClock;
import dev.fridgechef.sync.InvalidOpException;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.Replica;
import dev.fridgechef.sync.ReplicaState;
import dev.fridgechef.sync.StockItem;
import dev.fridgechef.sync.SyncPoint;
import dev.fridgechef.sync.SyncResult;
import dev.fridgechef.sync.SyncTransport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One sync of this store, as {@link dev.fridgechef.sync.SyncEngine} does it (push the outbox oldest
 * first, then pull pages until the server has no more), with each pulled page applied in one H2
 * transaction: the page's new operations go into the log, the stock items they touch are reduced from
 * the log and written into {@code inventory_item}, and the cursor and clock are saved. A failure
 * rolls all of that back, and the page is pulled again next time. Operations leave the outbox only
 * when the server acknowledges them.
 */
public final class DeviceSync {
    private final SyncStore store;
    private final SyncTransport transport;
    private final H2Outbox outbox;
    private final int pushBatch;
    private final int pullLimit;

    public DeviceSync(SyncStore store, SyncTransport transport, int pushBatch, int pullLimit) {
        this.store = store;
        this.transport = transport;
        this.outbox = new H2Outbox(store.jdbi());
        this.pushBatch = pushBatch;
        this.pullLimit = pullLimit;
    }

    public DeviceSync(SyncStore store, SyncTransport transport) {
        this(store, transport, 500, 500);
    }

    /** What a sync did; {@code result.overdrawnItems()} holds item names, {@code itemsChanged} the stock items the pulled operations changed here. */
    public record Report(SyncResult result, int itemsChanged) {
    }

    public Report sync() {
        SyncStore.Link link = store.link().orElseThrow(() -> new dev.fridgechef.i18n.UserException("error.sync.not.linked"));
        Progress progress = new Progress();
        Report report;
        try {
            String unacknowledged = push(link.deviceId(), progress);
            pull(progress);
            int left = outbox.size();
            SyncResult.Status status = left == 0 ? new SyncResult.Synced()
                    : new SyncResult.Pending(left, unacknowledged != null ? unacknowledged : "made while syncing");
            report = progress.report(status);
        } catch (IOException | InvalidOpException e) {
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            if (e instanceof InvalidOpException) message = "the server sent an operation this version cannot read: " + message;
            report = progress.report(new SyncResult.Failed(message, outbox.size()));
        }
        store.noteSync(describe(report.result()));
        return report;
    }

    private static String describe(SyncResult r) {
        return switch (r.status()) {
            case SyncResult.Synced s -> "synced: pushed " + r.pushed() + ", pulled " + r.pulled();
            case SyncResult.Pending p -> "pending " + p.ops() + ": " + p.why();
            case SyncResult.Failed f -> "failed: " + f.message();
        };
    }

    private String push(UUID deviceId, Progress progress) throws IOException {
        while (true) {
            List<Op> batch = outbox.pending(pushBatch);
            if (batch.isEmpty()) return null;
            SyncTransport.PushReply reply = transport.push(deviceId, batch);
            List<UUID> acknowledged = new ArrayList<>();
            for (Op op : batch) {
                if (reply.acknowledged().contains(op.opId())) acknowledged.add(op.opId());
            }
            outbox.acknowledge(acknowledged);
            progress.pushed += acknowledged.size();
            if (acknowledged.size() < batch.size()) {
                return "the server did not acknowledge " + (batch.size() - acknowledged.size()) + " operations";
            }
        }
    }

    private void pull(Progress progress) throws IOException {
        long cursor = store.link().orElseThrow().cursor();
        while (true) {
            SyncTransport.PullPage page = transport.pull(cursor, pullLimit);
            long next = Math.max(cursor, page.nextCursor());
            apply(page, next, progress);
            if (!page.more()) return;
            if (next == cursor) throw new IOException("the server said there is more after sequence " + cursor + " but sent nothing new");
            cursor = next;
        }
    }

    /** Stores and applies one page and moves the cursor, all in one transaction. */
    private void apply(SyncTransport.PullPage page, long next, Progress progress) {
        List<Op> ops = new ArrayList<>(page.ops().size());
        List<Hlc> stamps = new ArrayList<>(page.ops().size());
        for (SyncTransport.PulledOp pulled : page.ops()) {
            ops.add(pulled.op());
            stamps.add(pulled.op().hlc());
        }
        store.jdbi().useTransaction(h -> {
            SyncStore.Link link = SyncStore.linkForUpdate(h).orElseThrow();
            HlcClock clock = store.clock(h, link);
            HlcClock.Observation seen = clock.observe(stamps);
            List<Op> fresh = SyncStore.addToLog(h, ops);
            Set<UUID> freshIds = new java.util.HashSet<>();
            Set<String> touched = new LinkedHashSet<>();
            for (Op op : fresh) {
                freshIds.add(op.opId());
                if (op.entity() == Entity.STOCK) touched.add(op.entityId());
            }
            // what this device knew of those items before the page, then the page: which items it drove below zero
            Replica replica = new Replica();
            for (String uid : touched) {
                for (Op op : SyncStore.logOf(h, Entity.STOCK, uid)) {
                    if (!freshIds.contains(op.opId())) replica.apply(op);
                }
            }
            Replica.Applied applied = replica.applyAll(fresh);
            ReplicaState state = replica.state();
            for (String uid : touched) StockOps.project(h, state.stock().get(uid), uid);
            H2SyncPoints.save(h, new SyncPoint(next, Hlc.max(clock.state(), seen.next())));
            progress.pulled += fresh.size();
            progress.itemsChanged += touched.size();
            for (String id : applied.overdrawn()) {
                StockItem item = state.stock().get(id);
                progress.overdrawn.add(item != null ? item.name() : id);
            }
            seen.warnings().forEach(w -> progress.drift.merge(w.deviceId(), w, (a, b) -> a.ahead().compareTo(b.ahead()) >= 0 ? a : b));
        });
    }

    private static final class Progress {
        int pushed;
        int pulled;
        int itemsChanged;
        final Set<String> overdrawn = new LinkedHashSet<>();
        final Map<String, DriftWarning> drift = new LinkedHashMap<>();

        Report report(SyncResult.Status status) {
            return new Report(new SyncResult(pushed, pulled, List.copyOf(drift.values()), List.copyOf(overdrawn), status), itemsChanged);
        }
    }
}
