package dev.fridgechef.sync.store;

import dev.fridgechef.sync.SyncPoint;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The cursor and clock in {@code sync_state}; a store that is not linked starts at 0 and cannot save. */
public final class H2SyncPoints implements SyncPoint.Store {
    private final Jdbi jdbi;

    public H2SyncPoints(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public SyncPoint load() {
        return jdbi.withHandle(h -> SyncStore.link(h).map(l -> new SyncPoint(l.cursor(), l.clock())).orElse(new SyncPoint(0, null)));
    }

    @Override
    public void save(SyncPoint point) {
        jdbi.useTransaction(h -> save(h, point));
    }

    /** Saves in the caller's transaction: with the page the cursor belongs to. The cursor never goes back. */
    static void save(Handle h, SyncPoint point) {
        int rows = h.createUpdate("UPDATE sync_state SET pull_cursor = GREATEST(pull_cursor, :cursor), clock = :clock WHERE id = 1")
                .bind("cursor", point.cursor()).bind("clock", point.clock() == null ? null : point.clock().toString()).execute();
        if (rows != 1) throw new IllegalStateException("the store is not linked to a sync server");
    }
}
