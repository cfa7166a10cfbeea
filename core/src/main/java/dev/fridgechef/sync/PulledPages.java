package dev.fridgechef.sync;

import java.util.List;

/**
 * Where a device keeps what it pulls: the cursor to pull after, and {@link #apply} of one page, which
 * stores and applies its operations and saves the cursor and clock after them as one unit. After a
 * failure neither the page nor the cursor has moved, and the page is pulled again.
 */
public interface PulledPages {
    /** The server sequence applied up to. */
    long cursor();

    /** Applies {@code ops} (repeats change nothing) and saves {@code nextCursor} with the clock that has seen them. */
    Applied apply(List<Op> ops, long nextCursor);

    /** What one page did: operations new to this device, items it drove below zero (as shown to a person), clocks far ahead. */
    record Applied(int newOps, List<String> overdrawn, List<DriftWarning> drift) {
    }
}
