package dev.fridgechef.sync;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The way to the household's server. Any call may fail, and a push may be stored by the server even
 * though its reply is lost; pushing the same operations again is harmless because the server keeps
 * each op id once and acknowledges repeats.
 */
public interface SyncTransport {
    PushReply push(UUID deviceId, List<Op> ops) throws IOException;

    /** Operations with a server sequence after {@code afterSeq}, in sequence order, at most {@code limit}. */
    PullPage pull(long afterSeq, int limit) throws IOException;

    /**
     * For a device that has pulled nothing yet: the household's log up to {@link Snapshot#cursor} without
     * repeats and without what removals cancelled ({@link Compaction#compact(List)}, op ids kept, so the
     * device's own operations in it change nothing), in one answer. Empty when the server has none to give
     * (an older server, or a log too large for one answer): the device pulls the log instead.
     */
    default Optional<Snapshot> snapshot() throws IOException {
        return Optional.empty();
    }

    /** The compacted log up to {@code cursor}, and how many operations the full log held up to it. */
    record Snapshot(List<Op> ops, long cursor, long logOps) {
    }

    /** The op ids the server now holds (new or repeated) and its latest sequence number. */
    record PushReply(Set<UUID> acknowledged, long serverSeq) {
    }

    record PulledOp(long serverSeq, Op op) {
    }

    /** A page of the log; {@code nextCursor} is the sequence to pull after next time. */
    record PullPage(List<PulledOp> ops, long nextCursor, boolean more) {
    }
}
