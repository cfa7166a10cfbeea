package dev.fridgechef.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One device's side of sync: push every pending operation, then pull until the server has nothing
 * more, applying what is pulled. Every step can be repeated: a push whose reply was lost is pushed
 * again, a page that failed is pulled again, and an operation applied twice changes nothing. The
 * cursor and the clock are saved together, and only after the page they belong to is applied.
 */
public final class SyncEngine {
    private final UUID deviceId;
    private final Outbox outbox;
    private final SyncTransport transport;
    private final PulledPages pages;
    private final int pushBatch;
    private final int pullLimit;

    public SyncEngine(UUID deviceId, Outbox outbox, SyncTransport transport, PulledPages pages, int pushBatch, int pullLimit) {
        this.deviceId = deviceId;
        this.outbox = outbox;
        this.transport = transport;
        this.pages = pages;
        this.pushBatch = pushBatch;
        this.pullLimit = pullLimit;
    }

    /** Pulled pages applied to {@code replica} in memory ({@link ReplicaPages}). */
    public SyncEngine(Outbox outbox, SyncTransport transport, Replica replica, HlcClock clock, SyncPoint.Store points, int pushBatch, int pullLimit) {
        this(clock.deviceId(), outbox, transport, new ReplicaPages(replica, clock, points), pushBatch, pullLimit);
    }

    public SyncEngine(Outbox outbox, SyncTransport transport, Replica replica, HlcClock clock, SyncPoint.Store points) {
        this(outbox, transport, replica, clock, points, 500, 500);
    }

    public synchronized SyncResult sync() {
        Progress progress = new Progress();
        try {
            String unacknowledged = push(progress);
            pull(progress);
            int left = outbox.size();
            SyncResult.Status status = left == 0 ? new SyncResult.Synced()
                    : new SyncResult.Pending(left, unacknowledged != null ? unacknowledged : "made while syncing");
            return progress.result(status);
        } catch (IOException | InvalidOpException e) {
            return progress.result(new SyncResult.Failed(describe(e), outbox.size()));
        }
    }

    /** Pushes in batches; returns why it stopped early, or null when the outbox emptied. */
    private String push(Progress progress) throws IOException {
        while (true) {
            List<Op> batch = outbox.pending(pushBatch);
            if (batch.isEmpty()) {
                return null;
            }
            SyncTransport.PushReply reply = transport.push(deviceId, batch);
            List<UUID> acknowledged = new ArrayList<>();
            for (Op op : batch) {
                if (reply.acknowledged().contains(op.opId())) {
                    acknowledged.add(op.opId());
                }
            }
            outbox.acknowledge(acknowledged);
            progress.pushed += acknowledged.size();
            if (acknowledged.size() < batch.size()) {
                // pushing the same batch again would loop; what is left waits for the next sync
                return "the server did not acknowledge " + (batch.size() - acknowledged.size()) + " operations";
            }
        }
    }

    private void pull(Progress progress) throws IOException {
        long cursor = pages.cursor();
        if (cursor == 0) {
            Optional<SyncTransport.Snapshot> snapshot = transport.snapshot();
            if (snapshot.isPresent() && snapshot.get().cursor() > 0) {
                cursor = snapshot.get().cursor();
                progress.add(pages.apply(snapshot.get().ops(), cursor));
            }
        }
        while (true) {
            SyncTransport.PullPage page = transport.pull(cursor, pullLimit);
            List<Op> ops = new ArrayList<>(page.ops().size());
            for (SyncTransport.PulledOp pulled : page.ops()) ops.add(pulled.op());
            long next = Math.max(cursor, page.nextCursor());
            progress.add(pages.apply(ops, next));
            if (!page.more()) {
                return;
            }
            if (next == cursor) {
                throw new IOException("the server said there is more after sequence " + cursor + " but sent nothing new");
            }
            cursor = next;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return e instanceof InvalidOpException ? "the server sent an operation this version cannot read: " + message : message;
    }

    private static final class Progress {
        int pushed;
        int pulled;
        final Set<String> overdrawn = new LinkedHashSet<>();
        final Map<String, DriftWarning> drift = new LinkedHashMap<>();

        void add(PulledPages.Applied applied) {
            pulled += applied.newOps();
            overdrawn.addAll(applied.overdrawn());
            applied.drift().forEach(w -> drift.merge(w.deviceId(), w, (a, b) -> a.ahead().compareTo(b.ahead()) >= 0 ? a : b));
        }

        SyncResult result(SyncResult.Status status) {
            return new SyncResult(pushed, pulled, List.copyOf(drift.values()), List.copyOf(overdrawn), status);
        }
    }
}
