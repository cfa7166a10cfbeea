package dev.fridgechef.sync.store;

import dev.fridgechef.sync.Entity;
import dev.fridgechef.sync.Hlc;
import dev.fridgechef.sync.HlcClock;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.PulledPages;
import dev.fridgechef.sync.Replica;
import dev.fridgechef.sync.ReplicaState;
import dev.fridgechef.sync.StockItem;
import dev.fridgechef.sync.SyncEngine;
import dev.fridgechef.sync.SyncPoint;
import dev.fridgechef.sync.SyncResult;
import dev.fridgechef.sync.SyncTransport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One sync of this store: core's {@link SyncEngine} (push the outbox oldest first, then pull pages
 * until the server has no more) with each pulled page applied in one H2 transaction
 * ({@link StorePages}): the page's new operations go into the log, the stock items, diary entries and
 * profile they touch are reduced from the log and written into {@code inventory_item}, the diary and the
 * profile (this store's member's entries and profile only), and the cursor and clock are saved.
 * A failure rolls all of that back, and the page is pulled again next time. Operations leave the
 * outbox only when the server acknowledges them.
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

    /**
     * What a sync did; {@code result.overdrawnItems()} holds item names. What the pulled operations
     * changed here: {@code itemsChanged} stock items, {@code diaryEntriesChanged} diary entries added or
     * removed, {@code profileFieldsChanged} profile fields (a set such as the allergies counting as one),
     * {@code planSlotsChanged} slots of this account's meal plan.
     */
    public record Report(SyncResult result, int itemsChanged, int diaryEntriesChanged, int profileFieldsChanged, int planSlotsChanged) {
    }

    public Report sync() {
        SyncStore.Link link = store.link().orElseThrow(() -> new dev.fridgechef.i18n.UserException("error.sync.not.linked"));
        store.recordUnsynced();
        StorePages pages = new StorePages(store);
        SyncResult result = new SyncEngine(link.deviceId(), outbox, transport, pages, pushBatch, pullLimit).sync();
        store.noteSync(describe(result));
        return new Report(result, pages.itemsChanged, pages.diaryEntriesChanged, pages.profileFieldsChanged, pages.planSlotsChanged);
    }

    private static String describe(SyncResult r) {
        return switch (r.status()) {
            case SyncResult.Synced s -> "synced: pushed " + r.pushed() + ", pulled " + r.pulled();
            case SyncResult.Pending p -> "pending " + p.ops() + ": " + p.why();
            case SyncResult.Failed f -> "failed: " + f.message();
        };
    }

    /** Pulled pages stored, applied to the stock and followed by the cursor, one H2 transaction a page. */
    private static final class StorePages implements PulledPages {
        private final SyncStore store;
        int itemsChanged;
        int diaryEntriesChanged;
        int profileFieldsChanged;
        int planSlotsChanged;

        StorePages(SyncStore store) {
            this.store = store;
        }

        @Override
        public long cursor() {
            return store.link().orElseThrow().cursor();
        }

        @Override
        public Applied apply(List<Op> ops, long nextCursor) {
            List<Hlc> stamps = new ArrayList<>(ops.size());
            for (Op op : ops) stamps.add(op.hlc());
            return store.jdbi().inTransaction(h -> {
                SyncStore.Link link = SyncStore.linkForUpdate(h).orElseThrow();
                HlcClock clock = store.clock(h, link);
                HlcClock.Observation seen = clock.observe(stamps);
                List<Op> fresh = SyncStore.addToLog(h, ops);
                Set<UUID> freshIds = new HashSet<>();
                Set<String> touched = new LinkedHashSet<>();
                Set<String> entries = new LinkedHashSet<>();
                boolean ownProfile = false;
                for (Op op : fresh) {
                    freshIds.add(op.opId());
                    switch (op.entity()) {
                        case STOCK -> touched.add(op.entityId());
                        case DIARY -> entries.add(op.entityId());
                        case PROFILE -> ownProfile |= op.entityId().equals(link.member());
                        case PLAN -> {
                        }
                    }
                }
                // what this device knew of those items before the page, then the page: which items it drove below zero
                Replica replica = Replica.of(SyncStore.logOfAll(h, Entity.STOCK, touched, freshIds));
                Replica.Applied applied = replica.applyAll(fresh);
                ReplicaState state = replica.state();
                StockOps.projectAll(h, state.stock(), touched);
                int diaryChanged = 0;
                for (String uid : entries) {
                    Replica entry = Replica.of(SyncStore.logOf(h, Entity.DIARY, uid));
                    if (DiaryOps.project(h, link.member(), entry.state().diary().get(uid), uid)) diaryChanged++;
                }
                int profileChanged = ownProfile ? ProfileOps.project(h, link.member(), SyncStore.logOf(h, Entity.PROFILE, link.member()),
                        java.time.LocalDateTime.now(store.wall())) : 0;
                int planChanged = store.plans().map(plans -> plans.project(h, link, fresh)).orElse(0);
                H2SyncPoints.save(h, new SyncPoint(nextCursor, Hlc.max(clock.state(), seen.next())));
                itemsChanged += touched.size();
                diaryEntriesChanged += diaryChanged;
                profileFieldsChanged += profileChanged;
                planSlotsChanged += planChanged;
                List<String> overdrawn = new ArrayList<>();
                for (String id : applied.overdrawn()) {
                    StockItem item = state.stock().get(id);
                    overdrawn.add(item != null ? item.name() : id);
                }
                return new Applied(fresh.size(), overdrawn, seen.warnings());
            });
        }
    }
}
