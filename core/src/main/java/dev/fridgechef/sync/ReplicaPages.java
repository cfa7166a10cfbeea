package dev.fridgechef.sync;

import java.util.ArrayList;
import java.util.List;

/** Pulled pages applied to an in-memory {@link Replica}, the cursor and clock saved in a {@link SyncPoint.Store} after each. */
public final class ReplicaPages implements PulledPages {
    private final Replica replica;
    private final HlcClock clock;
    private final SyncPoint.Store points;

    public ReplicaPages(Replica replica, HlcClock clock, SyncPoint.Store points) {
        this.replica = replica;
        this.clock = clock;
        this.points = points;
    }

    @Override
    public long cursor() {
        return points.load().cursor();
    }

    @Override
    public Applied apply(List<Op> ops, long nextCursor) {
        List<Hlc> stamps = new ArrayList<>(ops.size());
        for (Op op : ops) stamps.add(op.hlc());
        HlcClock.Observation seen = clock.observe(stamps);
        Replica.Applied applied = replica.applyAll(ops);
        points.save(new SyncPoint(nextCursor, Hlc.max(clock.state(), seen.next())));
        clock.commit(seen.next());
        return new Applied(applied.newOps(), List.copyOf(applied.overdrawn()), seen.warnings());
    }
}
