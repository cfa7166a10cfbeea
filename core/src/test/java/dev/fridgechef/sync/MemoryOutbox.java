package dev.fridgechef.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An outbox in memory, oldest first. */
final class MemoryOutbox implements Outbox {
    private final Map<UUID, Op> pending = new LinkedHashMap<>();

    @Override
    public synchronized void add(Op op) {
        pending.put(op.opId(), op);
    }

    @Override
    public synchronized List<Op> pending(int limit) {
        return new ArrayList<>(pending.values().stream().limit(limit).toList());
    }

    @Override
    public synchronized void acknowledge(Collection<UUID> opIds) {
        opIds.forEach(pending::remove);
    }

    @Override
    public synchronized int size() {
        return pending.size();
    }
}
