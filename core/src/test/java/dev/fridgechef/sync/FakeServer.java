package dev.fridgechef.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One household's log as the real server keeps it: each op id once, numbered by a sequence in the
 * order stored. Operations travel as their JSON, as over the wire. What is stored survives anything
 * (a restart loses only replies in flight, which {@link FakeTransport} models).
 */
final class FakeServer {
    private final List<String> log = new ArrayList<>();
    private final Set<UUID> ids = new HashSet<>();

    synchronized SyncTransport.PushReply push(List<String> ops) {
        Set<UUID> acknowledged = new HashSet<>();
        for (String json : ops) {
            Op op = Op.fromJson(json);
            if (ids.add(op.opId())) {
                log.add(json);
            }
            acknowledged.add(op.opId());
        }
        return new SyncTransport.PushReply(acknowledged, log.size());
    }

    /** The page after {@code afterSeq} as JSON, sequence numbers starting at 1. */
    synchronized List<String> page(long afterSeq, int limit) {
        int from = (int) Math.max(0, Math.min(afterSeq, log.size()));
        return new ArrayList<>(log.subList(from, Math.min(log.size(), from + limit)));
    }

    /** What the real server gives a device that has pulled nothing: the compacted log and the sequence it covers. */
    synchronized SyncTransport.Snapshot snapshot() {
        return new SyncTransport.Snapshot(Compaction.compact(ops()), log.size(), log.size());
    }

    synchronized long lastSeq() {
        return log.size();
    }

    synchronized List<Op> ops() {
        return log.stream().map(Op::fromJson).toList();
    }
}
