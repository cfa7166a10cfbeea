package dev.fridgechef.store;

import java.time.Clock;
import java.time.Duration;

/**
 * How a process uses the store: how long it waits for another process's turn before giving up,
 * how long the file stays open after its last unit of work, and whether daily backups are taken.
 */
public record StoreOptions(Duration busyTimeout, Duration linger, boolean backups, Clock clock) {
    public static final StoreOptions DEFAULT = new StoreOptions(Duration.ofSeconds(120), Duration.ofMillis(100), true,
            Clock.systemDefaultZone());

    /** A command-line process: it ends soon, so it keeps the file between its few units of work. */
    public StoreOptions withLinger(Duration linger) {
        return new StoreOptions(busyTimeout, linger, backups, clock);
    }

    public StoreOptions withoutBackups() {
        return new StoreOptions(busyTimeout, linger, false, clock);
    }

    public StoreOptions withClock(Clock clock) {
        return new StoreOptions(busyTimeout, linger, backups, clock);
    }
}
