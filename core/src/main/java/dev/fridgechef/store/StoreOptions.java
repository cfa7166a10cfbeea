package dev.fridgechef.store;

import java.time.Clock;
import java.time.Duration;

/**
 * How a process uses the store: how long it waits for another process's turn before giving up,
 * how long the file stays open after its last unit of work, whether daily backups are taken, and
 * whether the file is compacted each time it closes (see {@link #withoutCompactingOnClose}).
 */
public record StoreOptions(Duration busyTimeout, Duration linger, boolean backups, Clock clock, boolean compactOnClose) {
    public static final StoreOptions DEFAULT = new StoreOptions(Duration.ofSeconds(120), Duration.ofMillis(100), true,
            Clock.systemDefaultZone(), true);

    /** A command-line process: it ends soon, so it keeps the file between its few units of work. */
    public StoreOptions withLinger(Duration linger) {
        return new StoreOptions(busyTimeout, linger, backups, clock, compactOnClose);
    }

    public StoreOptions withoutBackups() {
        return new StoreOptions(busyTimeout, linger, false, clock, compactOnClose);
    }

    public StoreOptions withClock(Clock clock) {
        return new StoreOptions(busyTimeout, linger, backups, clock, compactOnClose);
    }

    /**
     * A short process (a command) that opens the store once: closing the file does not compact it, which
     * costs 0.1-0.2 s a command; opening compacts it when it has become sparse ({@link Store#open}).
     * A long-lived process (the desktop app) compacts as it closes the file between units of work.
     */
    public StoreOptions withoutCompactingOnClose() {
        return new StoreOptions(busyTimeout, linger, backups, clock, false);
    }
}
