package dev.fridgechef.sync;

/** What a device persists between syncs: the server sequence it has applied up to, and its clock. */
public record SyncPoint(long cursor, Hlc clock) {
    /** Where it is kept; {@link #save} is called only once the operations up to the cursor are applied. */
    public interface Store {
        SyncPoint load();

        void save(SyncPoint point);
    }
}
