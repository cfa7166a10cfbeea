package dev.fridgechef.sync;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A connection to a {@link FakeServer} that fails as told: one fault per call, in order, then none. */
final class FakeTransport implements SyncTransport {
    enum Fault {
        /** The call goes through. */
        NONE,
        /** The connection drops before the server sees the call. */
        CUT_BEFORE,
        /** The server does the work (stores the push) and the reply is lost, or it restarts. */
        CUT_AFTER,
        /** The reply is delivered with repeats: a pull page repeats ops, including ones before the cursor. */
        DUPLICATE
    }

    private final FakeServer server;
    private final Deque<Fault> faults = new ArrayDeque<>();
    /** Whether the server gives snapshots; false: an older server, and devices pull the log from the start. */
    boolean snapshots = true;
    /** How many snapshots this device was given. */
    int snapshotsGiven;
    /** Every op id the server acknowledged in a reply this device received. */
    final Set<UUID> acknowledged = new HashSet<>();

    FakeTransport(FakeServer server) {
        this.server = server;
    }

    void failWith(List<Fault> next) {
        faults.clear();
        faults.addAll(next);
    }

    private Fault next() {
        return faults.isEmpty() ? Fault.NONE : faults.poll();
    }

    @Override
    public PushReply push(UUID deviceId, List<Op> ops) throws IOException {
        Fault fault = next();
        if (fault == Fault.CUT_BEFORE) {
            throw new IOException("connection reset before the push reached the server");
        }
        List<String> wire = new ArrayList<>();
        ops.forEach(op -> wire.add(op.toJson()));
        if (fault == Fault.DUPLICATE) {
            wire.addAll(wire);
        }
        PushReply reply = server.push(wire);
        if (fault == Fault.CUT_AFTER) {
            throw new IOException("connection reset: the server stored the push, the reply was lost");
        }
        acknowledged.addAll(reply.acknowledged());
        return reply;
    }

    @Override
    public PullPage pull(long afterSeq, int limit) throws IOException {
        Fault fault = next();
        if (fault == Fault.CUT_BEFORE) {
            throw new IOException("connection reset before the pull reached the server");
        }
        List<String> page = server.page(afterSeq, limit);
        if (fault == Fault.CUT_AFTER) {
            throw new IOException("connection reset in the middle of the pull");
        }
        List<PulledOp> ops = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            ops.add(new PulledOp(afterSeq + i + 1, Op.fromJson(page.get(i))));
        }
        if (fault == Fault.DUPLICATE) {
            ops.addAll(List.copyOf(ops));
            server.page(Math.max(0, afterSeq - 2), 2).forEach(json -> ops.add(new PulledOp(0, Op.fromJson(json))));
        }
        long next = afterSeq + page.size();
        return new PullPage(ops, next, next < server.lastSeq());
    }

    @Override
    public Optional<Snapshot> snapshot() throws IOException {
        if (!snapshots) {
            return Optional.empty();
        }
        Fault fault = next();
        if (fault == Fault.CUT_BEFORE) {
            throw new IOException("connection reset before the snapshot was asked for");
        }
        Snapshot snapshot = server.snapshot();
        if (fault == Fault.CUT_AFTER) {
            throw new IOException("connection reset in the middle of the snapshot");
        }
        snapshotsGiven++;
        if (fault == Fault.DUPLICATE) {
            List<Op> twice = new ArrayList<>(snapshot.ops());
            twice.addAll(snapshot.ops());
            return Optional.of(new Snapshot(twice, snapshot.cursor(), snapshot.logOps()));
        }
        return Optional.of(snapshot);
    }
}
