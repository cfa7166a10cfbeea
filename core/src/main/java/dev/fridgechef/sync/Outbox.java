package dev.fridgechef.sync;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The durable queue of operations made on this device that the server has not acknowledged. An
 * operation leaves it only through {@link #acknowledge}: never on logout, token expiry or a failed sync.
 */
public interface Outbox {
    /** Stores a new local operation, in the same transaction as the local change it describes. */
    void add(Op op);

    /** The oldest pending operations, oldest first, at most {@code limit}. */
    List<Op> pending(int limit);

    /** Forgets operations the server has stored; ids not pending are ignored. */
    void acknowledge(Collection<UUID> opIds);

    int size();
}
