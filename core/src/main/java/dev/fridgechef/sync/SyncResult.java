package dev.fridgechef.sync;

import java.util.List;

/**
 * What one sync did: operations pushed and pulled (new to this device), clocks found running ahead,
 * items a merge drove below zero, and how it ended.
 */
public record SyncResult(int pushed, int pulled, List<DriftWarning> driftWarnings, List<String> overdrawnItems, Status status) {
    public sealed interface Status {
    }

    /** Everything made here is on the server and everything on the server is here. */
    public record Synced() implements Status {
    }

    /** The server did not take some operations, or more were made meanwhile; they stay in the outbox. */
    public record Pending(int ops, String why) implements Status {
    }

    /** The sync stopped; nothing made here is lost and what was pulled so far is applied. */
    public record Failed(String message, int pendingOps) implements Status {
    }

    public boolean synced() {
        return status instanceof Synced;
    }
}
