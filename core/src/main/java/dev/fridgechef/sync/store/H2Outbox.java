package dev.fridgechef.sync.store;

import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.Outbox;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The outbox in {@code sync_outbox}: op id, its JSON, and a sequence that keeps the order they were made in. */
public final class H2Outbox implements Outbox {
    private final Jdbi jdbi;

    public H2Outbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Op op) {
        jdbi.useTransaction(h -> add(h, op));
    }

    /** Adds in the caller's transaction, with the change the op describes; an op already there is kept once. */
    static void add(Handle h, Op op) {
        h.createUpdate("INSERT INTO sync_outbox (op_id, op) SELECT :id, :op FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE op_id = :id)")
                .bind("id", op.opId().toString()).bind("op", op.toJson()).execute();
    }

    @Override
    public List<Op> pending(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT op FROM sync_outbox ORDER BY seq LIMIT :limit")
                .bind("limit", limit).mapTo(String.class).map(Op::fromJson).list());
    }

    @Override
    public void acknowledge(Collection<UUID> opIds) {
        if (opIds.isEmpty()) return;
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("DELETE FROM sync_outbox WHERE op_id = :id");
            for (UUID id : opIds) batch.bind("id", id.toString()).add();
            batch.execute();
        });
    }

    @Override
    public int size() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sync_outbox").mapTo(Integer.class).one());
    }
}
