package dev.fridgechef.sync;

/** A sync point kept in memory, counting saves. */
final class MemoryPoints implements SyncPoint.Store {
    private SyncPoint point;

    MemoryPoints(Hlc clock) {
        this.point = new SyncPoint(0, clock);
    }

    @Override
    public synchronized SyncPoint load() {
        return point;
    }

    @Override
    public synchronized void save(SyncPoint point) {
        this.point = point;
    }
}
