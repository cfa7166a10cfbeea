package dev.fridgechef.gui.sync;

import java.time.Instant;

/**
 * What the sync indicator shows: how the last sync ended (or why none can run), how many changes wait
 * to be sent, when the store last synced, what went wrong, and whether a sync is running now.
 */
public record SyncStatus(Kind kind, int pending, Instant lastSync, String problem, boolean running) {
    public enum Kind {
        /** The store is not linked to a server: nothing is shown. */
        UNLINKED,
        SYNCED,
        PENDING,
        /** The server could not be reached; the next sync tries again. */
        OFFLINE,
        /** The server answered with an error, or sent something this version cannot read. */
        ERROR,
        /** The login is gone or expired; unsent changes are kept. */
        LOGIN
    }

    public static SyncStatus unlinked() {
        return new SyncStatus(Kind.UNLINKED, 0, null, null, false);
    }

    public boolean linked() {
        return kind != Kind.UNLINKED;
    }

    SyncStatus running(boolean now) {
        return new SyncStatus(kind, pending, lastSync, problem, now);
    }

    /** The same outcome with a new count of waiting changes (a local edit, say). */
    SyncStatus withPending(int count) {
        Kind k = kind == Kind.SYNCED && count > 0 ? Kind.PENDING : kind == Kind.PENDING && count == 0 ? Kind.SYNCED : kind;
        return new SyncStatus(k, count, lastSync, problem, running);
    }
}
