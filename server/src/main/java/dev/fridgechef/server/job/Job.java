package dev.fridgechef.server.job;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A job as its household sees it: what it is, where it stands, and its result or error once it ended. */
public record Job(UUID id, String kind, String state, int attempts, String progress, Optional<UUID> resultId,
                  Optional<String> errorCode, Optional<String> errorMessage, Instant createdAt, Instant updatedAt,
                  Optional<Instant> finishedAt) {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    /** Whether the job has ended (done, failed or cancelled): it will not change again. */
    public boolean ended() {
        return state.equals(DONE) || state.equals(FAILED) || state.equals(CANCELLED);
    }
}
