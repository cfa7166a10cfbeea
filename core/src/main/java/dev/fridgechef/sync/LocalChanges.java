package dev.fridgechef.sync;

import java.util.function.Function;

/** Records a change made on this device: a new op id and timestamp, the outbox, and the local replica at once. */
public final class LocalChanges {
    private final Uuid7 ids;
    private final HlcClock clock;
    private final Outbox outbox;
    private final Replica replica;

    public LocalChanges(Uuid7 ids, HlcClock clock, Outbox outbox, Replica replica) {
        this.ids = ids;
        this.clock = clock;
        this.outbox = outbox;
        this.replica = replica;
    }

    /** Makes the op from a fresh stamp, e.g. {@code record(s -> Op.itemRemoved(s, itemId))}. */
    public synchronized Op record(Function<Stamp, Op> change) {
        Op op = change.apply(Stamp.next(ids, clock));
        outbox.add(op);
        replica.apply(op);
        return op;
    }
}
